namespace Chancery.Core.Errors;

/// <summary>Collects every field violation of a request, then throws them together.</summary>
public sealed class InputErrors
{
    private readonly List<FieldViolation> violations = [];

    public bool Any => violations.Count > 0;

    public IReadOnlyList<FieldViolation> Violations => violations;

    public void Add(string field, string description) => violations.Add(new(field, description));

    public void ThrowIfAny()
    {
        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations.ToArray());
        }
    }

    public static InvalidInputException One(string field, string description) => new([new(field, description)]);
}
