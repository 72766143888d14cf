namespace Chancery.Core.Reorganizations.Files;

/// <summary>What is wrong with a hierarchy file: the 1-based line (0 for the file as a whole), the field and why.</summary>
public sealed record FileProblem(int Line, string Field, string Message)
{
    /// <summary>"line 12: parent_id", or "file" for the file as a whole.</summary>
    public string Location => Line > 0 ? (Field.Length > 0 ? $"line {Line}: {Field}" : $"line {Line}") : (Field.Length > 0 ? Field : "file");
}

/// <summary>Every problem of a file, counted; the first <see cref="MaxKept"/> are kept, in line order when read.</summary>
public sealed class FileProblems
{
    public const int MaxKept = 10_000;

    private readonly List<FileProblem> kept = [];

    public int Count { get; private set; }

    public IReadOnlyList<FileProblem> Kept => kept;

    public void Add(int line, string field, string message)
    {
        Count++;
        if (kept.Count < MaxKept)
        {
            kept.Add(new FileProblem(line, field, message));
        }
    }

    public void Add(int line, FileColumn column, string message) => Add(line, FileColumns.Name(column), message);

    /// <summary>The kept problems by line, then in the order found.</summary>
    public IReadOnlyList<FileProblem> Sorted() => kept.Select((p, i) => (p, i)).OrderBy(x => x.p.Line).ThenBy(x => x.i).Select(x => x.p).ToList();
}

/// <summary>A file refused whole: nothing of it was stored; every problem (the first <see cref="FileProblems.MaxKept"/>) with its line and field.</summary>
public sealed class HierarchyFileRejectedException(int lines, int count, IReadOnlyList<FileProblem> problems)
    : Errors.DomainException($"The file was refused: {count} problem(s) in {lines} line(s); nothing was stored. The first: {problems[0].Location}: {problems[0].Message}")
{
    public int Lines { get; } = lines;

    /// <summary>How many problems there were, listed or not.</summary>
    public int Count { get; } = count;

    public IReadOnlyList<FileProblem> Problems { get; } = problems;
}
