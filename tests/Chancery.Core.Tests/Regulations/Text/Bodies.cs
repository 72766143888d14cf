using Chancery.Core.Regulations.Text;

namespace Chancery.Core.Tests.Regulations.Text;

/// <summary>Bodies for the text engine's tests, and a comparison that ignores persistent ids.</summary>
internal static class Bodies
{
    public const string Sample = """
        QUY CHẾ LÀM VIỆC
        của Ủy ban nhân dân huyện Lương Sơn

        Chương I
        QUY ĐỊNH CHUNG

        Điều 1. Phạm vi điều chỉnh
        Quy chế này quy định nguyên tắc, chế độ trách nhiệm,
        lề lối làm việc.
        Điều 2. Nguyên tắc làm việc
        1. Ủy ban nhân dân làm việc theo chế độ tập thể.
        2. Giải quyết công việc đúng phạm vi:
        a) Đúng thẩm quyền;
        b) Đúng thời hạn *gấp* [1];
        Chương II
        PHÂN CÔNG NHIỆM VỤ
        Mục 1. Chủ tịch
        Điều 3. Trách nhiệm của Chủ tịch
        Điều 3a.
        1. Khoản một.
        2a. Khoản chèn <b>.
        """;

    public static RegulationBody Import(string text)
    {
        var result = RegulationText.Import(text);
        Assert.Empty(result.Problems);
        return result.Body;
    }

    /// <summary>Each provision as kind, readable id, heading and text, in reading order.</summary>
    public static List<string> Shape(RegulationBody body) =>
        ProvisionTree.Entries(body).Select(e => $"{e.Provision.Kind}|{e.Eid}|{e.Provision.Heading}|{e.Provision.Text}").ToList();
}
