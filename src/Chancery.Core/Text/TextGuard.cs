using System.Globalization;
using Chancery.Core.Errors;

namespace Chancery.Core.Text;

/// <summary>What a text field may hold besides visible characters and spaces.</summary>
public enum TextLayout
{
    /// <summary>
    /// One line (names, titles, basis, labels): tab, CR and LF count as white space and cleaning
    /// folds them into one space, so none is stored.
    /// </summary>
    Line,

    /// <summary>Free text (reasons, descriptions): tab, CR and LF are kept as given.</summary>
    Paragraphs,
}

/// <summary>
/// The one check every text a caller gives passes before anything stores it, so that what is
/// stored is exactly what was hashed into the audit chain: no database cuts a text at a NUL (SQLite)
/// or refuses it (PostgreSQL), no encoder replaces half a surrogate pair, nothing invisible
/// reorders what a reader sees. Refused, as bad input naming the field: the C0 controls (other
/// than tab, CR, LF) and DEL, the C1 controls (U+0080–U+009F), unpaired surrogates, the
/// noncharacters (U+FDD0–U+FDEF and every U+xFFFE/U+xFFFF) and the bidirectional embeddings,
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069).
/// </summary>
public static class TextGuard
{
    /// <summary>The first refused character of the text, described for the caller; null when there is none.</summary>
    public static string? Problem(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if ((codePoint & 0xFFFE) == 0xFFFE)
                {
                    return Describe(codePoint, i, "a noncharacter");
                }

                i++;
                continue;
            }

            var kind = Kind(c);
            if (kind is not null)
            {
                return Describe(c, i, kind);
            }
        }

        return null;
    }

    /// <summary>Adds a violation of <paramref name="field"/> when the text holds a refused character; true when it holds none.</summary>
    public static bool Check(string? text, InputErrors errors, string field)
    {
        if (Problem(text) is not { } problem)
        {
            return true;
        }

        errors.Add(field, problem);
        return false;
    }

    /// <summary>A one-line text checked, then cleaned (<see cref="VietnameseText.Clean"/>); empty when refused.</summary>
    public static string Line(string? raw, InputErrors errors, string field) =>
        Check(raw, errors, field) ? VietnameseText.Clean(raw) : "";

    private static string? Kind(char c) => c switch
    {
        '\t' or '\n' or '\r' => null,
        < '\u0020' or '\u007F' => "a control character",
        >= '\u0080' and <= '\u009F' => "a control character (C1)",
        _ when char.IsSurrogate(c) => "half of a surrogate pair, not a character",
        '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF') => "a noncharacter",
        (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') => "a bidirectional override, which can make a text read otherwise than it is",
        _ => null,
    };

    private static string Describe(int codePoint, int index, string kind) => string.Create(CultureInfo.InvariantCulture,
        $"The text holds U+{codePoint:X4} ({kind}) at position {index + 1}; control characters (other than tab and line breaks), unpaired surrogates, noncharacters and bidirectional overrides are refused.");
}
