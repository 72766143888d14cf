namespace Chancery.Core.Reorganizations.Files;

/// <summary>How a hierarchy file is written: one JSON object a line, or CSV with a header line.</summary>
public enum HierarchyFileFormat
{
    JsonLines = 1,
    Csv = 2,
}

/// <summary>The columns of a hierarchy file, in the order an export writes them.</summary>
public enum FileColumn
{
    Id = 0,
    ParentId = 1,
    Name = 2,
    ShortName = 3,
    Kind = 4,
    Code = 5,
    ValidFrom = 6,
    ValidTo = 7,
}

public static class FileColumns
{
    /// <summary>The names of <see cref="FileColumn"/>, as files spell them.</summary>
    public static readonly string[] Names = ["id", "parent_id", "name", "short_name", "kind", "code", "valid_from", "valid_to"];

    public static int Count => Names.Length;

    public static string Name(FileColumn column) => Names[(int)column];

    /// <summary>The column a name stands for (trimmed, any case); false for a column the files do not know.</summary>
    public static bool TryParse(string name, out FileColumn column)
    {
        var index = Array.FindIndex(Names, n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase));
        column = (FileColumn)Math.Max(index, 0);
        return index >= 0;
    }
}
