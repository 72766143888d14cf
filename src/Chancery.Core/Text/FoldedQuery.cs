namespace Chancery.Core.Text;

/// <summary>
/// A search query folded like the keys it is matched against: every word of the query must begin
/// a word of the key, so "luong son" finds "Lương Sơn" and "an" finds "An Bình" but not "Thanh".
/// </summary>
public sealed class FoldedQuery
{
    private readonly string[] words;
    private readonly string[] innerWords;

    public FoldedQuery(string? query)
    {
        words = VietnameseText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        innerWords = words.Select(w => " " + w).ToArray();
    }

    public bool IsEmpty => words.Length == 0;

    public bool Matches(string foldedKey)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!foldedKey.StartsWith(words[i], StringComparison.Ordinal) && !foldedKey.Contains(innerWords[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return words.Length > 0;
    }
}
