using System.Globalization;
using System.Text;

namespace Chancery.Core.Text;

/// <summary>
/// Names keep their diacritics (NFC); search folds them. The vi-VN collation sorts but does not
/// fold (ư, ơ, đ are letters of their own there), so folding is explicit: NFD, drop the
/// non-spacing marks, đ/Đ to d, lower case.
/// </summary>
public static class VietnameseText
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly CompareInfo Collation = Culture.CompareInfo;

    /// <summary>Trims, collapses inner white space to single spaces, drops invisible format characters and normalizes to NFC.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                // zero-width spaces and joiners, byte-order marks: invisible, never part of a name
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The search key: "Lương Sơn", "LƯƠNG SƠN" and "luong son" all give "luong son".</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    builder.Append(' ');
                    space = true;
                }

                continue;
            }

            space = false;
            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>A key whose ordinal byte order is the Vietnamese alphabetical order.</summary>
    public static byte[] SortKey(string text) => Collation.GetSortKey(text).KeyData;

    public static int CompareSortKeys(byte[] a, byte[] b) => a.AsSpan().SequenceCompareTo(b);

    public static int Compare(string a, string b) => Collation.Compare(a, b);
}
