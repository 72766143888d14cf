using Chancery.Core.Text;

namespace Chancery.Core.Delegations;

/// <summary>A field of work (lĩnh vực) with its code.</summary>
public sealed record FieldOfWork(string Code, string Name)
{
    public string SearchKey { get; } = VietnameseText.Fold(Name) + " " + Code.ToLowerInvariant();
}

/// <summary>
/// The national catalogue of fields of work (lĩnh vực) that a head assigns to deputies, after the
/// state-management fields of a People's Committee (Decree 37/2014 and 108/2020 on the specialised
/// agencies). Units' own fields are not kept yet: every assignment names fields of this catalogue.
/// </summary>
public static class FieldsOfWork
{
    public static readonly IReadOnlyList<FieldOfWork> All =
    [
        new("noi-vu", "Nội vụ"),
        new("tai-chinh", "Tài chính, ngân sách"),
        new("ke-hoach-dau-tu", "Kế hoạch và đầu tư"),
        new("xay-dung", "Xây dựng, quy hoạch, đô thị"),
        new("giao-thong", "Giao thông vận tải"),
        new("nong-nghiep", "Nông nghiệp và phát triển nông thôn"),
        new("tai-nguyen-moi-truong", "Tài nguyên và môi trường"),
        new("dat-dai", "Đất đai"),
        new("cong-thuong", "Công thương"),
        new("giao-duc", "Giáo dục và đào tạo"),
        new("y-te", "Y tế"),
        new("van-hoa-the-thao", "Văn hóa, thể thao và du lịch"),
        new("thong-tin-truyen-thong", "Thông tin và truyền thông"),
        new("lao-dong-xa-hoi", "Lao động, thương binh và xã hội"),
        new("tu-phap", "Tư pháp"),
        new("thanh-tra", "Thanh tra, tiếp công dân, khiếu nại, tố cáo"),
        new("khoa-hoc-cong-nghe", "Khoa học và công nghệ"),
        new("dan-toc-ton-giao", "Dân tộc, tôn giáo"),
        new("quoc-phong-an-ninh", "Quốc phòng, an ninh, trật tự an toàn xã hội"),
        new("cai-cach-hanh-chinh", "Cải cách hành chính"),
    ];

    private static readonly Dictionary<string, FieldOfWork> ByCode = All.ToDictionary(f => f.Code, StringComparer.Ordinal);

    public static FieldOfWork? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code);

    /// <summary>Fields whose name or code has a word beginning with each word of the query, diacritics folded.</summary>
    public static IEnumerable<FieldOfWork> Search(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return All;
        }

        var folded = new FoldedQuery(query);
        return All.Where(f => folded.Matches(f.SearchKey));
    }
}
