using Chancery.Core.Units;

namespace Chancery.Core.Reorganizations.Files;

/// <summary>One line of a hierarchy file as text, before it is checked: a value per <see cref="FileColumn"/>, null when absent.</summary>
internal sealed class RawRow(int line)
{
    private readonly string?[] values = new string?[FileColumns.Count];
    private bool[]? reported;

    public int Line => line;

    public string? this[FileColumn column]
    {
        get => values[(int)column];
        set => values[(int)column] = value;
    }

    /// <summary>The reader found a problem with this column already (e.g. a number where a string belongs).</summary>
    public void MarkReported(FileColumn column) => (reported ??= new bool[FileColumns.Count])[(int)column] = true;

    public bool IsReported(FileColumn column) => reported?[(int)column] == true;
}

/// <summary>
/// One unit of a hierarchy file, checked and cleaned: the name in NFC, the code normalized, the
/// kind parsed. Fields that failed their check hold defaults, and the flags say which can be
/// trusted by the checks across lines.
/// </summary>
public sealed class HierarchyRow
{
    public int Line { get; init; }

    public Guid Id { get; init; }

    /// <summary>Null: a top-level unit.</summary>
    public Guid? ParentId { get; init; }

    public string Name { get; init; } = "";

    public string? ShortName { get; init; }

    public UnitKind Kind { get; init; }

    public string? Code { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    internal bool IdValid { get; init; }

    internal bool ParentValid { get; init; }

    internal bool CodeValid { get; init; }

    internal bool DatesValid { get; init; }
}
