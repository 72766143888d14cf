using Chancery.Core.Errors;
using Chancery.Core.Units;
using Chancery.Core.Time;

namespace Chancery.Core.Reorganizations.Files;

/// <summary>Checks each field of one line on its own, reporting every problem, with the same rules as the API's unit input.</summary>
internal static class RowParser
{
    public static HierarchyRow Parse(RawRow raw, FileProblems problems)
    {
        var line = raw.Line;
        foreach (var column in Enum.GetValues<FileColumn>())
        {
            if (raw[column] is { } text && text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                problems.Add(line, column, "The text is not valid UTF-8: save the file as UTF-8.");
                raw.MarkReported(column);
            }
        }

        var id = ParseId(raw, FileColumn.Id, problems, required: true);
        var parent = ParseId(raw, FileColumn.ParentId, problems, required: false);
        var name = Checked(raw, FileColumn.Name, problems, e => UnitInput.Name(raw[FileColumn.Name], e), out _);
        var shortName = Checked(raw, FileColumn.ShortName, problems, e => UnitInput.ShortName(raw[FileColumn.ShortName], e), out _);
        var kind = ParseKind(raw, problems);
        var code = Checked(raw, FileColumn.Code, problems, e => UnitInput.Code(raw[FileColumn.Code], e), out var codeValid);
        var from = ParseDate(raw, FileColumn.ValidFrom, problems, out var fromValid);
        var to = ParseDate(raw, FileColumn.ValidTo, problems, out var toValid);
        if (from is { } f && to is { } t && t <= f)
        {
            problems.Add(line, FileColumn.ValidTo, $"valid_to ({IsoDate.Format(t)}) must come after valid_from ({IsoDate.Format(f)}): a period is [valid_from, valid_to).");
            toValid = false;
        }

        return new HierarchyRow
        {
            Line = line,
            Id = id ?? Guid.Empty,
            ParentId = parent,
            Name = name ?? "",
            ShortName = shortName,
            Kind = kind,
            Code = codeValid ? code : null,
            ValidFrom = from,
            ValidTo = to,
            IdValid = id is not null,
            ParentValid = !raw.IsReported(FileColumn.ParentId),
            CodeValid = codeValid && !raw.IsReported(FileColumn.Code),
            DatesValid = fromValid && toValid,
        };
    }

    private static Guid? ParseId(RawRow raw, FileColumn column, FileProblems problems, bool required)
    {
        if (raw.IsReported(column))
        {
            return null;
        }

        var text = raw[column]?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                problems.Add(raw.Line, column, "An id is required (a UUID such as 0195f3a2-7c1e-7d4b-9a61-2f0c3e4d5a6b).");
                raw.MarkReported(column);
            }

            return null;
        }

        if (!Guid.TryParse(text, out var id) || id == Guid.Empty)
        {
            problems.Add(raw.Line, column, $"'{Shorten(text)}' is not an id (a UUID such as 0195f3a2-7c1e-7d4b-9a61-2f0c3e4d5a6b).");
            raw.MarkReported(column);
            return null;
        }

        return id;
    }

    private static UnitKind ParseKind(RawRow raw, FileProblems problems)
    {
        if (raw.IsReported(FileColumn.Kind))
        {
            return UnitKind.Unspecified;
        }

        var text = raw[FileColumn.Kind]?.Trim();
        if (UnitKinds.TryParseFileName(text, out var kind))
        {
            return kind;
        }

        problems.Add(raw.Line, FileColumn.Kind, string.IsNullOrEmpty(text)
            ? "A kind is required (province, commune, people_committee, department, …)."
            : $"'{Shorten(text)}' is not a kind of unit; kinds are written in snake_case: province, commune, ward, people_committee, department, ….");
        return UnitKind.Unspecified;
    }

    private static DateOnly? ParseDate(RawRow raw, FileColumn column, FileProblems problems, out bool valid)
    {
        valid = !raw.IsReported(column);
        var text = raw[column]?.Trim();
        if (!valid || string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!IsoDate.TryParse(text, out var date))
        {
            problems.Add(raw.Line, column, $"'{Shorten(text)}' is not a date of the form yyyy-mm-dd.");
            valid = false;
            return null;
        }

        return date;
    }

    /// <summary>Runs one of <see cref="UnitInput"/>'s checks and moves its violations to the file's problems.</summary>
    private static T? Checked<T>(RawRow raw, FileColumn column, FileProblems problems, Func<InputErrors, T> check, out bool valid)
    {
        valid = !raw.IsReported(column);
        if (!valid)
        {
            return default;
        }

        var errors = new InputErrors();
        var value = check(errors);
        foreach (var violation in errors.Violations)
        {
            problems.Add(raw.Line, column, violation.Description);
            valid = false;
        }

        return value;
    }

    public static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");
}
