namespace Chancery.Core.Regulations.Text;

/// <summary>
/// Something an imported text holds that cannot be placed in the tree, at its line (1-based) and
/// column (1-based, 1 when the whole line is meant). <see cref="Type"/> is a stable code
/// (<see cref="TextProblemTypes"/>) the registry answers as a rule violation's type.
/// </summary>
public sealed record TextProblem(int Line, int Column, string Type, string Message);

/// <summary>What an import gives: the body (best effort, for showing), its title, and the problems; a draft is stored only when there are none.</summary>
public sealed record TextImportResult(RegulationBody Body, string? Title, IReadOnlyList<TextProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>The codes of <see cref="TextProblem.Type"/>.</summary>
public static class TextProblemTypes
{
    public const string TooLarge = "regulations.text.too-large";
    public const string RefusedCharacter = "regulations.text.refused-character";
    public const string BeforeFirstProvision = "regulations.text.before-first-provision";
    public const string SectionOutsideChapter = "regulations.text.section-outside-chapter";
    public const string ArticleOutsideChapter = "regulations.text.article-outside-chapter";
    public const string ClauseOutsideArticle = "regulations.text.clause-outside-article";
    public const string PointOutsideClause = "regulations.text.point-outside-clause";
    public const string DuplicateNumber = "regulations.text.duplicate-number";
    public const string NumberOutOfOrder = "regulations.text.number-out-of-order";
    public const string NumberSkipped = "regulations.text.number-skipped";
    public const string NoProvisions = "regulations.text.no-provisions";
    public const string NotADocument = "regulations.text.not-a-document";
}
