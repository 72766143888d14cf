using System.Globalization;
using System.Text;

namespace Chancery.Core.Regulations.Text.Search;

/// <summary>
/// <see cref="Chancery.Core.Text.VietnameseText.Fold"/> one character at a time: the folded text has
/// the length of the NFC text, so a match found in the one is the same range in the other.
/// </summary>
internal static class CharFold
{
    private const int TableSize = 0x2000; // Latin, Vietnamese (U+1EA0–U+1EF9) and what lies before

    private static readonly char[] Table = Build();

    public static char Fold(char c) => c < TableSize ? Table[c] : char.ToLowerInvariant(c);

    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });

    private static char[] Build()
    {
        var table = new char[TableSize];
        for (var c = 0; c < TableSize; c++)
        {
            var ch = (char)c;
            var folded = ch;
            if (c >= 0x80 && !char.IsSurrogate(ch))
            {
                foreach (var part in ch.ToString().Normalize(NormalizationForm.FormD))
                {
                    if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                    {
                        folded = part;
                        break;
                    }
                }
            }

            table[c] = folded is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(folded);
        }

        return table;
    }
}
