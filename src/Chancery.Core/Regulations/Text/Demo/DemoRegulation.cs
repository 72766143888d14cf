using Chancery.Core.Regulations.Text.Amendments;

namespace Chancery.Core.Regulations.Text.Demo;

/// <summary>
/// The demo's working regulation of the People's Committee of Lương Sơn district: an illustrative
/// text ("minh họa") written for Chancery's demo, NOT an official text. Issued in 2016
/// (<c>luong-son-2016.txt</c>), amended in 2017 (<c>luong-son-2017-amendment.txt</c>, the amending
/// decision as printed; <see cref="Amendment2017"/> the same changes as data).
/// </summary>
public static class DemoRegulation
{
    public const string Issued2016Resource = "luong-son-2016.txt";
    public const string Amendment2017Resource = "luong-son-2017-amendment.txt";

    public static string Text2016 => Read(Issued2016Resource);

    public static string AmendmentText2017 => Read(Amendment2017Resource);

    /// <summary>The 2017 amendment: clause 2 of article 7 replaced, point đ added to clause 1 of article 9, article 18 repealed.</summary>
    public static Amendment Amendment2017 => new("Quyết định số 02/2017/QĐ-UBND",
    [
        new(Amendments.AmendmentAction.ReplaceText, new(Eid: "dieu_7__khoan_2"),
            Text: "Trực tiếp chỉ đạo Phòng Tài chính - Kế hoạch, Phòng Tài nguyên và Môi trường, Chi cục Thuế khu vực Lương Sơn - Kim Bôi và Trung tâm Phát triển quỹ đất huyện."),
        new(Amendments.AmendmentAction.InsertAfter, new(Eid: "dieu_9__khoan_1__diem_d"),
            Provision: new(Guid.Empty, ProvisionKind.Point, "đ", null, "Chuyển đổi số, phát triển kinh tế số và hạ tầng thông tin trên địa bàn huyện.", [])),
        new(Amendments.AmendmentAction.Repeal, new(Eid: "dieu_18")),
    ]);

    private static string Read(string name)
    {
        var assembly = typeof(DemoRegulation).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("Demo." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
