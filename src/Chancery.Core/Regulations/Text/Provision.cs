namespace Chancery.Core.Regulations.Text;

/// <summary>The levels of a regulation's body, outermost first, as Vietnamese legal texts number them.</summary>
public enum ProvisionKind
{
    /// <summary>Chương (chapter), numbered in Roman numerals: <c>Chương II</c>.</summary>
    Chapter = 1,

    /// <summary>Mục (section) within a chapter: <c>Mục 1</c>.</summary>
    Section = 2,

    /// <summary>Điều (article), numbered through the whole text: <c>Điều 5.</c></summary>
    Article = 3,

    /// <summary>Khoản (clause) of an article: <c>1.</c></summary>
    Clause = 4,

    /// <summary>Điểm (point) of a clause: <c>a)</c>.</summary>
    Point = 5,
}

/// <summary>
/// One provision of a regulation's body and the provisions under it. <see cref="Eid"/> is the readable
/// path (Akoma Ntoso style, <c>chuong_2__dieu_5__khoan_1__diem_a</c>), derived from the numbers and so
/// changed by renumbering; <see cref="Guid"/> is the persistent id that survives renumbering and moves,
/// carried from a version to the next, by which two versions are compared and citations are kept.
/// <see cref="Number"/> is as printed (<c>II</c>, <c>1</c>, <c>5</c>, <c>a</c>, <c>5a</c>); <see cref="Text"/>
/// is NFC and may be empty for a heading-only chapter or an article whose clauses carry the text.
/// </summary>
public sealed record Provision(
    Guid Guid, ProvisionKind Kind, string Number, string? Heading, string Text, IReadOnlyList<Provision> Children)
{
    /// <summary>The part of the readable id this provision adds: <c>chuong_2</c>, <c>muc_1</c>, <c>dieu_5</c>, <c>khoan_1</c>, <c>diem_a</c>.</summary>
    public string EidPart => ProvisionIds.Part(Kind, Number);
}

/// <summary>The body of one version: the provisions at its top level (chapters, or articles when it has none).</summary>
public sealed record RegulationBody(IReadOnlyList<Provision> Provisions)
{
    public static RegulationBody Empty { get; } = new([]);
}
