using Chancery.Core.Text;

namespace Chancery.Core.Regulations.Text.Search;

/// <summary>A range of a provision's NFC heading or text, for the portal to wrap in <c>&lt;mark&gt;</c>.</summary>
public readonly record struct TextRange(int Start, int Length);

/// <summary>A provision every word of the query was found in, with the matching words marked.</summary>
public sealed record ProvisionHit(
    Guid Guid, string Eid, ProvisionKind Kind, string Number, string? Heading, string Text,
    IReadOnlyList<TextRange> HeadingMarks, IReadOnlyList<TextRange> TextMarks);

/// <summary>
/// Full-text search over one body's provisions, folding Vietnamese diacritics and đ as
/// <see cref="FoldedQuery"/> does: every word of the query must begin a word of the provision's
/// heading or text ("dan chu" finds "dân chủ", "ngan" finds "ngân sách"). The folded texts are
/// made once, when the index is built, so an index kept for the body in force answers each query
/// with one pass over them.
/// </summary>
public sealed class ProvisionSearch
{
    private readonly List<ProvisionEntry> entries;
    private readonly string[] foldedHeadings;
    private readonly string[] foldedTexts;

    public ProvisionSearch(RegulationBody body)
    {
        entries = ProvisionTree.Entries(body);
        foldedHeadings = new string[entries.Count];
        foldedTexts = new string[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            foldedHeadings[i] = CharFold.Fold(entries[i].Provision.Heading ?? "");
            foldedTexts[i] = CharFold.Fold(entries[i].Provision.Text);
        }
    }

    public IReadOnlyList<ProvisionHit> Find(string? query, int limit = 100)
    {
        var words = VietnameseText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var hits = new List<ProvisionHit>();
        if (words.Length == 0)
        {
            return hits;
        }

        for (var i = 0; i < entries.Count && hits.Count < limit; i++)
        {
            if (!All(words, foldedHeadings[i], foldedTexts[i]))
            {
                continue;
            }

            var p = entries[i].Provision;
            hits.Add(new(p.Guid, entries[i].Eid, p.Kind, p.Number, p.Heading, p.Text, Marks(words, foldedHeadings[i]), Marks(words, foldedTexts[i])));
        }

        return hits;
    }

    private static bool All(string[] words, string heading, string text)
    {
        foreach (var word in words)
        {
            if (!Begins(word, heading) && !Begins(word, text))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Begins(string word, string folded)
    {
        for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(folded[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static List<TextRange> Marks(string[] words, string folded)
    {
        var marks = new List<TextRange>();
        foreach (var word in words)
        {
            for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                if (at == 0 || !char.IsLetterOrDigit(folded[at - 1]))
                {
                    marks.Add(new(at, word.Length));
                }
            }
        }

        if (marks.Count < 2)
        {
            return marks;
        }

        // Two words of the query may begin the same word ("lu luong"): the marks are merged.
        marks.Sort((x, y) => x.Start.CompareTo(y.Start));
        var merged = new List<TextRange>(marks.Count) { marks[0] };
        for (var i = 1; i < marks.Count; i++)
        {
            var last = merged[^1];
            if (marks[i].Start <= last.Start + last.Length)
            {
                merged[^1] = new(last.Start, Math.Max(last.Length, marks[i].Start + marks[i].Length - last.Start));
            }
            else
            {
                merged.Add(marks[i]);
            }
        }

        return merged;
    }
}
