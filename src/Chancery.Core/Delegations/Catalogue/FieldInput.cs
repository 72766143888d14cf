using System.Text.RegularExpressions;
using Chancery.Core.Errors;
using Chancery.Core.Text;

namespace Chancery.Core.Delegations.Catalogue;

/// <summary>Checks and cleans what callers give for a unit's own field of work.</summary>
public static partial class FieldInput
{
    public const int MaxCodeLength = 40;

    public const int MaxNameLength = 200;

    public static string Code(string? raw, InputErrors errors, string field = "code")
    {
        var code = raw?.Trim() ?? "";
        if (code.Length is < 2 or > MaxCodeLength || !CodePattern().IsMatch(code))
        {
            errors.Add(field, $"A field's code has 2 to {MaxCodeLength} lower-case letters, digits and hyphens between them, e.g. du-lich-cong-dong.");
        }

        return code;
    }

    public static string Name(string? raw, InputErrors errors, string field = "name")
    {
        if (!TextGuard.Check(raw, errors, field))
        {
            return "";
        }

        var name = VietnameseText.Clean(raw);
        if (name.Length is 0 or > MaxNameLength)
        {
            errors.Add(field, $"A field's name (Du lịch cộng đồng, Chuyển đổi số…) has 1 to {MaxNameLength} characters.");
        }

        return name;
    }

    public static void Version(long expected, InputErrors errors)
    {
        if (expected <= 0)
        {
            errors.Add("expected_version", "The version you read is required (a positive number).");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
