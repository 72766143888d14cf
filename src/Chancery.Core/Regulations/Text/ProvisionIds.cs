namespace Chancery.Core.Regulations.Text;

/// <summary>
/// Readable provision ids in the Akoma Ntoso naming convention: each level's prefix and number,
/// joined by <c>__</c>, e.g. <c>chuong_2__dieu_5__khoan_1__diem_a</c>. Chapters' Roman numerals are
/// written in Arabic digits; articles are numbered through the whole text, so an article's id does not
/// depend on its chapter (<c>dieu_5__khoan_1</c>) and stays the same when chapters are regrouped.
/// </summary>
public static class ProvisionIds
{
    public static string Prefix(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Chapter => "chuong",
        ProvisionKind.Section => "muc",
        ProvisionKind.Article => "dieu",
        ProvisionKind.Clause => "khoan",
        ProvisionKind.Point => "diem",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Part(ProvisionKind kind, string number) =>
        Prefix(kind) + "_" + (kind == ProvisionKind.Chapter && RomanNumerals.TryParse(number, out var n) ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : number.ToLowerInvariant());

    /// <summary>The readable id of a provision given the chain of provisions from the top down to it.</summary>
    public static string Eid(IReadOnlyList<Provision> path)
    {
        // An article and what lies under it are named from the article: chapters and sections only name themselves.
        var start = 0;
        for (var i = 0; i < path.Count; i++)
        {
            if (path[i].Kind == ProvisionKind.Article)
            {
                start = i;
                break;
            }
        }

        return string.Join("__", path.Skip(start).Select(p => p.EidPart));
    }
}

/// <summary>Roman numerals as chapters are numbered (I to MMMCMXCIX).</summary>
public static class RomanNumerals
{
    private static readonly (int Value, string Symbol)[] Symbols =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    public static string Format(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 3999);
        var text = new System.Text.StringBuilder();
        foreach (var (v, s) in Symbols)
        {
            for (; value >= v; value -= v)
            {
                text.Append(s);
            }
        }

        return text.ToString();
    }

    /// <summary>Reads a canonical Roman numeral (upper case); false for anything else.</summary>
    public static bool TryParse(string? text, out int value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text) || text.Length > 15)
        {
            return false;
        }

        var rest = text.AsSpan();
        foreach (var (v, s) in Symbols)
        {
            while (rest.StartsWith(s, StringComparison.Ordinal))
            {
                value += v;
                rest = rest[s.Length..];
            }
        }

        return rest.IsEmpty && value is >= 1 and <= 3999 && Format(value) == text;
    }
}
