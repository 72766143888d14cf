using Chancery.Core.Text;

namespace Chancery.Core.Regulations.Text.Import;

/// <summary>One pass over the lines of a text, placing each in the tree (see <see cref="RegulationText"/>).</summary>
internal sealed class TextReading(List<ReadOnlyMemory<char>> rawLines, RegulationBody? previous)
{
    private const int MaxTitleLines = 6;
    private const int MaxTitleLineLength = 300;

    private readonly List<TextProblem> problems = [];
    private readonly List<string> title = [];
    private readonly Draft root = new(0, "", null, 0);
    private readonly Draft articles = new(ProvisionKind.Article, "", null, 0);
    private Draft? chapter;
    private Draft? section;
    private Draft? article;
    private Draft? clause;
    private Draft? point;
    private Draft? awaitingHeading;
    private int count;

    public TextImportResult Read()
    {
        var lines = new (int Number, string Text, ProvisionLine Line)[rawLines.Count];
        var hasChapters = false;
        var kept = 0;
        for (var i = 0; i < rawLines.Count; i++)
        {
            var raw = rawLines[i].Span;
            if (raw.Length > TextLimits.MaxLineLength)
            {
                problems.Add(new(i + 1, TextLimits.MaxLineLength + 1, TextProblemTypes.TooLarge, $"The line holds {raw.Length} characters; at most {TextLimits.MaxLineLength} are read."));
                continue;
            }

            var rawText = raw.ToString();
            if (TextGuard.Problem(rawText) is { } refused)
            {
                problems.Add(new(i + 1, 1, TextProblemTypes.RefusedCharacter, refused));
                continue;
            }

            var clean = VietnameseText.Clean(rawText);
            var line = ProvisionLine.Read(clean);
            hasChapters |= line.Kind == ProvisionKind.Chapter;
            lines[kept++] = (i + 1, clean, line);
        }

        for (var i = 0; i < kept && count <= TextLimits.MaxProvisions; i++)
        {
            Place(lines[i].Number, lines[i].Text, lines[i].Line, hasChapters);
        }

        if (count > TextLimits.MaxProvisions)
        {
            problems.Add(new(1, 1, TextProblemTypes.TooLarge, $"The text holds more than {TextLimits.MaxProvisions} provisions."));
            return new(RegulationBody.Empty, null, problems);
        }

        if (root.Children.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(1, 1, TextProblemTypes.NoProvisions, "The text holds no provision: no line begins with \"Chương\", \"Điều\" followed by a number."));
        }

        problems.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        return new(Freeze(), title.Count == 0 ? null : string.Join('\n', title), problems);
    }

    private void Place(int number, string text, ProvisionLine line, bool hasChapters)
    {
        if (text.Length == 0)
        {
            return;
        }

        switch (line.Kind)
        {
            case null:
                Continue(number, text);
                break;
            case ProvisionKind.Chapter:
                chapter = Open(root, line, number, line.Rest);
                section = article = clause = point = null;
                awaitingHeading = chapter.Heading is null ? chapter : null;
                break;
            case ProvisionKind.Section when chapter is null:
                problems.Add(new(number, 1, TextProblemTypes.SectionOutsideChapter, $"\"Mục {line.Number}\" comes before any chapter (\"Chương I\"): a section belongs to a chapter."));
                break;
            case ProvisionKind.Section:
                section = Open(chapter, line, number, line.Rest);
                article = clause = point = null;
                awaitingHeading = section.Heading is null ? section : null;
                break;
            case ProvisionKind.Article:
                if (hasChapters && chapter is null)
                {
                    problems.Add(new(number, 1, TextProblemTypes.ArticleOutsideChapter, $"\"Điều {line.Number}.\" comes before the first chapter, while the text is divided into chapters."));
                }

                // Articles are numbered through the whole text, not within their chapter.
                Check(articles, line, number);
                article = Open(section ?? chapter ?? root, line, number, line.Rest, check: false);
                clause = point = null;
                awaitingHeading = null;
                break;
            case ProvisionKind.Clause when article is null:
                problems.Add(new(number, 1, TextProblemTypes.ClauseOutsideArticle, $"The clause \"{line.Number}.\" comes before any article (\"Điều 1.\"): a clause belongs to an article."));
                break;
            case ProvisionKind.Clause:
                clause = Open(article, line, number, null, line.Rest);
                point = null;
                break;
            case ProvisionKind.Point when clause is null:
                problems.Add(new(number, 1, TextProblemTypes.PointOutsideClause, $"The point \"{line.Number})\" is not inside a clause (\"1.\"): a point belongs to a clause of an article."));
                break;
            case ProvisionKind.Point:
                point = Open(clause, line, number, null, line.Rest);
                break;
        }
    }

    private void Continue(int number, string text)
    {
        if (awaitingHeading is not null)
        {
            awaitingHeading.Heading = text;
            awaitingHeading = null;
        }
        else if ((point ?? clause ?? article ?? section ?? chapter) is { } open)
        {
            open.AddText(text);
        }
        else if (title.Count < MaxTitleLines && text.Length <= MaxTitleLineLength)
        {
            title.Add(text);
        }
        else
        {
            problems.Add(new(number, 1, TextProblemTypes.BeforeFirstProvision, $"Text before the first provision is read as the title, of at most {MaxTitleLines} lines of at most {MaxTitleLineLength} characters; this line is neither a title line nor a provision (\"Chương I\", \"Điều 1.\")."));
        }
    }

    private Draft Open(Draft parent, ProvisionLine line, int number, string? heading, string? text = null, bool check = true)
    {
        if (check)
        {
            Check(parent, line, number);
        }

        var draft = new Draft(line.Kind!.Value, line.Number, string.IsNullOrEmpty(heading) ? null : heading, number);
        if (!string.IsNullOrEmpty(text))
        {
            draft.AddText(text);
        }

        parent.Children.Add(draft);
        count++;
        return draft;
    }

    /// <summary>The number must be new, follow the one before it, and skip none (5a may follow 5; 6 follows 5a).</summary>
    private void Check(Draft scope, ProvisionLine line, int number)
    {
        var kind = line.Kind!.Value;
        var value = ProvisionNumber.Of(kind, line.Number);
        var printed = Printed(kind, line.Number);
        if (!scope.Seen.Add(value))
        {
            problems.Add(new(number, 1, TextProblemTypes.DuplicateNumber, $"{printed} appears a second time{Where(scope)}."));
            return;
        }

        if (scope.Last is { } last && value.CompareTo(last) < 0)
        {
            problems.Add(new(number, 1, TextProblemTypes.NumberOutOfOrder, $"{printed} comes after a higher number{Where(scope)}."));
            return;
        }

        var expected = (scope.Last?.Main ?? 0) + 1;
        if (value.Main > expected)
        {
            problems.Add(new(number, 1, TextProblemTypes.NumberSkipped, $"{printed} follows {(scope.Last is null ? "nothing" : "a lower number")}: {Printed(kind, Expected(kind, expected))} is missing{Where(scope)}."));
        }

        scope.Last = value;
    }

    private static string Printed(ProvisionKind kind, string number) => kind switch
    {
        ProvisionKind.Chapter => "Chương " + number,
        ProvisionKind.Section => "Mục " + number,
        ProvisionKind.Article => "Điều " + number,
        ProvisionKind.Clause => "Clause " + number + ".",
        _ => "Point " + number + ")",
    };

    private static string Expected(ProvisionKind kind, int main) => kind switch
    {
        ProvisionKind.Chapter => RomanNumerals.Format(main),
        ProvisionKind.Point => main <= ProvisionNumber.PointLetters.Length ? ProvisionNumber.PointLetters[main - 1].ToString() : "?",
        _ => main.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Where(Draft scope) => scope.Line == 0 ? "" : $" (in the provision at line {scope.Line})";

    private RegulationBody Freeze()
    {
        var carried = new Dictionary<string, Guid>(StringComparer.Ordinal);
        if (previous is not null)
        {
            foreach (var entry in ProvisionTree.Entries(previous))
            {
                carried.TryAdd(entry.Eid, entry.Provision.Guid);
            }
        }

        Guid GuidFor(string eid) => carried.Remove(eid, out var guid) ? guid : Guid.CreateVersion7();
        var top = new Provision[root.Children.Count];
        for (var i = 0; i < top.Length; i++)
        {
            var child = root.Children[i];
            top[i] = child.Freeze(ProvisionTree.ChildEid(null, child.Kind, child.Number), GuidFor);
        }

        return new(top);
    }
}
