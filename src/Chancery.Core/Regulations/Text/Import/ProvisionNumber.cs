namespace Chancery.Core.Regulations.Text.Import;

/// <summary>
/// A provision's number as an order: its main step (chapter II → 2, article 5a → 5, point đ → 5,
/// since points follow the Vietnamese alphabet a b c d đ e g h i k l m n o p q r s t u v x y) and
/// the suffix that an amendment inserts after it (5a, 5b; a1, a2), which sorts after the main step.
/// </summary>
internal readonly record struct ProvisionNumber(int Main, int Suffix)
{
    public const string PointLetters = "abcdđeghiklmnopqrstuvxy";

    public static ProvisionNumber Of(ProvisionKind kind, string number)
    {
        if (kind == ProvisionKind.Chapter && RomanNumerals.TryParse(number, out var roman))
        {
            return new(roman, 0);
        }

        var span = number.AsSpan();
        int main;
        var i = 0;
        if (kind == ProvisionKind.Point)
        {
            main = PointLetters.IndexOf(span[0], StringComparison.Ordinal) + 1;
            i = 1;
        }
        else
        {
            main = 0;
            for (; i < span.Length && char.IsAsciiDigit(span[i]); i++)
            {
                main = (main * 10) + (span[i] - '0');
            }
        }

        var suffix = 0;
        for (; i < span.Length; i++)
        {
            var c = span[i];
            suffix = char.IsAsciiDigit(c) ? (suffix * 10) + (c - '0') + 1 : (suffix * 30) + PointLetters.IndexOf(c, StringComparison.Ordinal) + 2;
        }

        return new(main, suffix);
    }

    public int CompareTo(ProvisionNumber other) => Main != other.Main ? Main.CompareTo(other.Main) : Suffix.CompareTo(other.Suffix);
}
