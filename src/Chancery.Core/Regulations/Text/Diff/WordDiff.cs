namespace Chancery.Core.Regulations.Text.Diff;

public enum WordRunKind
{
    Equal = 0,
    Inserted = 1,
    Deleted = 2,
}

/// <summary>Consecutive words of one kind, as the text holds them (inner white space kept); runs are shown separated by one space.</summary>
public readonly record struct WordRun(WordRunKind Kind, string Text);

/// <summary>
/// The words two texts share and those one holds and not the other: words are runs of
/// non-space characters (punctuation stays with its word, as in <c>git diff --word-diff</c>); the
/// common beginning and end are taken off first, the rest is a longest common subsequence of the
/// words (a full table while it stays under <see cref="MaxCells"/> cells, else the rest counts as
/// deleted and inserted whole).
/// </summary>
public static class WordDiff
{
    public const int MaxCells = 4_000_000;

    public static IReadOnlyList<WordRun> Compare(string before, string after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return before.Length == 0 ? [] : [new(WordRunKind.Equal, before)];
        }

        var a = Words(before);
        var b = Words(after);
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && Same(before, a[prefix], after, b[prefix]))
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && Same(before, a[a.Count - 1 - suffix], after, b[b.Count - 1 - suffix]))
        {
            suffix++;
        }

        // The edit script as one kind per word position walked: Equal consumes both, Deleted a, Inserted b.
        var script = new List<WordRunKind>(a.Count + b.Count);
        script.AddRange(Enumerable.Repeat(WordRunKind.Equal, prefix));
        Middle(before, a, prefix, a.Count - suffix, after, b, prefix, b.Count - suffix, script);
        script.AddRange(Enumerable.Repeat(WordRunKind.Equal, suffix));
        return Runs(script, before, a, after, b);
    }

    private static void Middle(string before, List<(int Start, int Length)> a, int a0, int a1, string after, List<(int Start, int Length)> b, int b0, int b1, List<WordRunKind> script)
    {
        int n = a1 - a0, m = b1 - b0;
        if (n == 0 || m == 0 || (long)(n + 1) * (m + 1) > MaxCells)
        {
            script.AddRange(Enumerable.Repeat(WordRunKind.Deleted, n));
            script.AddRange(Enumerable.Repeat(WordRunKind.Inserted, m));
            return;
        }

        // lcs[i, j]: the longest common subsequence of a[a0 + i ..] and b[b0 + j ..].
        var lcs = new int[(n + 1) * (m + 1)];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[(i * (m + 1)) + j] = Same(before, a[a0 + i], after, b[b0 + j])
                    ? lcs[((i + 1) * (m + 1)) + j + 1] + 1
                    : Math.Max(lcs[((i + 1) * (m + 1)) + j], lcs[(i * (m + 1)) + j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (Same(before, a[a0 + x], after, b[b0 + y]))
            {
                script.Add(WordRunKind.Equal);
                x++;
                y++;
            }
            else if (lcs[((x + 1) * (m + 1)) + y] >= lcs[(x * (m + 1)) + y + 1])
            {
                script.Add(WordRunKind.Deleted);
                x++;
            }
            else
            {
                script.Add(WordRunKind.Inserted);
                y++;
            }
        }

        script.AddRange(Enumerable.Repeat(WordRunKind.Deleted, n - x));
        script.AddRange(Enumerable.Repeat(WordRunKind.Inserted, m - y));
    }

    private static List<WordRun> Runs(List<WordRunKind> script, string before, List<(int Start, int Length)> a, string after, List<(int Start, int Length)> b)
    {
        var runs = new List<WordRun>();
        int x = 0, y = 0, k = 0;
        while (k < script.Count)
        {
            var kind = script[k];
            int fromX = x, fromY = y;
            for (; k < script.Count && script[k] == kind; k++)
            {
                x += kind == WordRunKind.Inserted ? 0 : 1;
                y += kind == WordRunKind.Deleted ? 0 : 1;
            }

            runs.Add(kind == WordRunKind.Deleted ? new(kind, Span(before, a, fromX, x)) : new(kind, Span(after, b, fromY, y)));
        }

        return runs;
    }

    private static string Span(string text, List<(int Start, int Length)> words, int from, int to) =>
        text.Substring(words[from].Start, words[to - 1].Start + words[to - 1].Length - words[from].Start);

    private static bool Same(string a, (int Start, int Length) x, string b, (int Start, int Length) y) =>
        a.AsSpan(x.Start, x.Length).SequenceEqual(b.AsSpan(y.Start, y.Length));

    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add((start, i - start));
            }
        }

        return words;
    }
}
