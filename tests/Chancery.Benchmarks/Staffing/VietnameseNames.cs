using System.Text;
using Chancery.Benchmarks.Generation;

namespace Chancery.Benchmarks.Staffing;

/// <summary>
/// Vietnamese full names (family name, middle name(s), given name), NFC with their diacritics,
/// the family names drawn with roughly their national frequencies.
/// </summary>
public static class VietnameseNames
{
    private static readonly (string Name, double Weight)[] Families =
    [
        ("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 1.5), ("Phan", 4.5),
        ("Vũ", 2.5), ("Võ", 1.5), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3),
        ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.8), ("Trương", 0.8), ("Mai", 0.5), ("Lương", 0.5), ("Đào", 0.5),
        ("Hà", 0.4), ("Tạ", 0.3), ("Lò", 0.2), ("Cao", 0.3), ("Triệu", 0.2), ("Vương", 0.2), ("Quách", 0.2),
    ];

    private static readonly string[] MaleMiddles = ["Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thanh", "Xuân", "Ngọc", "Đình", "Quốc", "Anh", "Trọng", "Tiến", "Mạnh"];

    private static readonly string[] FemaleMiddles = ["Thị", "Thu", "Ngọc", "Thanh", "Thùy", "Minh", "Hồng", "Phương", "Kim", "Mai", "Bích", "Diệu"];

    private static readonly string[] MaleGivens =
    [
        "Anh", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Hoàng", "Huy", "Khánh", "Long", "Minh", "Nam", "Phong",
        "Quân", "Sơn", "Thắng", "Thành", "Tuấn", "Trung", "Việt", "Vinh", "Tùng", "Hiếu", "Lâm", "Đạt", "Hưng", "Kiên",
        "Toàn", "Trí", "Lộc", "Phúc", "Tâm", "Thịnh", "Quyết", "Chiến", "Tú", "Khoa", "Nghĩa", "Hòa",
    ];

    private static readonly string[] FemaleGivens =
    [
        "Anh", "Chi", "Dung", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Huyền", "Lan", "Linh", "Loan", "Mai", "Nga", "Ngọc",
        "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Hiền", "Liên", "Hồng",
        "Ánh", "Thu", "Giang", "Hậu", "Lệ", "Nguyệt", "Xuân",
    ];

    private static readonly double TotalWeight = Families.Sum(f => f.Weight);

    public static string Next(SeededRandom random)
    {
        var female = random.NextDouble() < 0.42;
        var builder = new StringBuilder(Family(random));
        builder.Append(' ').Append(random.Choice(female ? FemaleMiddles : MaleMiddles));
        var givens = female ? FemaleGivens : MaleGivens;
        var given = random.Choice(givens);
        if (random.NextDouble() < 0.2)
        {
            var second = random.Choice(givens);
            builder.Append(' ').Append(second == given ? random.Choice(female ? FemaleMiddles : MaleMiddles) : second);
        }

        builder.Append(' ').Append(given);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Family(SeededRandom random)
    {
        var draw = random.NextDouble() * TotalWeight;
        foreach (var (name, weight) in Families)
        {
            draw -= weight;
            if (draw < 0)
            {
                return name;
            }
        }

        return Families[0].Name;
    }
}
