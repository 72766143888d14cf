namespace Chancery.Core.Errors;

/// <summary>Collects the rules a change would break, then throws them together.</summary>
public sealed class RuleViolations
{
    private readonly List<RuleViolation> violations = [];

    public IReadOnlyList<RuleViolation> Items => violations;

    public void Add(string rule, string subject, string description) => violations.Add(new(rule, subject, description));

    public void ThrowIfAny()
    {
        if (violations.Count > 0)
        {
            throw new RuleViolationException(violations.ToArray());
        }
    }

    public static RuleViolationException One(string rule, string subject, string description) =>
        new([new(rule, subject, description)]);
}
