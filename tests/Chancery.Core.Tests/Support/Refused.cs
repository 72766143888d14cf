using Chancery.Core.Errors;

namespace Chancery.Core.Tests.Support;

/// <summary>Asserts that a command is refused, and for which rule or field.</summary>
internal static class Refused
{
    public static RuleViolationException ByRule(string rule, Action action)
    {
        var error = Assert.Throws<RuleViolationException>(action);
        Assert.Contains(error.Violations, v => v.Rule == rule);
        return error;
    }

    public static InvalidInputException ByField(string field, Action action)
    {
        var error = Assert.Throws<InvalidInputException>(action);
        Assert.Contains(error.Violations, v => v.Field == field);
        return error;
    }
}
