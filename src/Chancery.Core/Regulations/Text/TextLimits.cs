namespace Chancery.Core.Regulations.Text;

/// <summary>
/// Bounds on what an import reads, so that hostile input costs little: a working regulation is
/// some tens of kilobytes and a few hundred provisions. The tree's depth needs no bound of its own:
/// the five levels nest only outward in (chapter, section, article, clause, point).
/// </summary>
public static class TextLimits
{
    /// <summary>Characters of plain text (about 4 MB of UTF-8).</summary>
    public const int MaxCharacters = 2_000_000;

    public const int MaxLines = 100_000;

    public const int MaxLineLength = 20_000;

    public const int MaxProvisions = 20_000;

    /// <summary>Bytes of a .docx file as uploaded.</summary>
    public const long MaxDocxBytes = 20_000_000;

    /// <summary>Bytes of <c>word/document.xml</c> once inflated (a zip bomb stops here).</summary>
    public const long MaxDocxXmlBytes = 60_000_000;

    public const int MaxXmlDepth = 128;
}
