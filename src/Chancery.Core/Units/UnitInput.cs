using Chancery.Core.Errors;
using Chancery.Core.Text;

namespace Chancery.Core.Units;

/// <summary>Checks and cleans the attributes a caller gives for a unit.</summary>
public static class UnitInput
{
    public const int MaxNameLength = 300;
    public const int MaxShortNameLength = 100;
    public const int MaxReasonLength = 2000;

    public static string Name(string? raw, InputErrors errors, string field = "name")
    {
        if (!TextGuard.Check(raw, errors, field))
        {
            return "";
        }

        var name = VietnameseText.Clean(raw);
        if (name.Length == 0)
        {
            errors.Add(field, "A name is required.");
        }
        else if (name.Length > MaxNameLength)
        {
            errors.Add(field, $"A name has at most {MaxNameLength} characters; this one has {name.Length}.");
        }

        return name;
    }

    public static string? ShortName(string? raw, InputErrors errors, string field = "short_name")
    {
        var name = TextGuard.Line(raw, errors, field);
        if (name.Length > MaxShortNameLength)
        {
            errors.Add(field, $"A short name has at most {MaxShortNameLength} characters; this one has {name.Length}.");
        }

        return name.Length == 0 ? null : name;
    }

    public static UnitKind Kind(UnitKind kind, InputErrors errors, string field = "kind")
    {
        if (!UnitKinds.IsDefined(kind))
        {
            errors.Add(field, "A kind is required (UNIT_KIND_PROVINCE, UNIT_KIND_COMMUNE, …).");
        }

        return kind;
    }

    public static string? Code(string? raw, InputErrors errors, string field = "code")
    {
        if (!TextGuard.Check(raw, errors, field))
        {
            return null;
        }

        var code = UnitCode.Normalize(raw);
        if (code is not null && !UnitCode.IsValid(code))
        {
            errors.Add(field, $"'{raw}' is not an electronic identifier code of the form {UnitCode.Form}.");
        }

        return code;
    }

    /// <summary>
    /// A reason is free text, stored as given (tab and line breaks kept): the writer records the
    /// caller's text, so this checks that text itself, its length included, not a cleaned copy.
    /// </summary>
    public static string? Reason(string? raw, InputErrors errors, string field = "reason")
    {
        if (!TextGuard.Check(raw, errors, field))
        {
            return null;
        }

        if (raw?.Length > MaxReasonLength)
        {
            errors.Add(field, $"A reason has at most {MaxReasonLength} characters; this one has {raw.Length}.");
        }

        var reason = VietnameseText.Clean(raw);
        return reason.Length == 0 ? null : reason;
    }

    public static void ExpectedVersion(long expected, InputErrors errors, string field = "expected_version")
    {
        if (expected <= 0)
        {
            errors.Add(field, "The version you read is required (a positive number).");
        }
    }
}
