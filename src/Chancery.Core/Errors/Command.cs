namespace Chancery.Core.Errors;

/// <summary>
/// What a caller asks of the core, as a command. A request's mapping parses ids, dates and enums
/// into the command and leaves the violations it found in <see cref="Unparsed"/>; the command's one
/// validation, in the core, answers them together with its own, so that one answer names every
/// bad field and nothing is checked twice.
/// </summary>
public abstract record Command
{
    public IReadOnlyList<FieldViolation> Unparsed { get; init; } = [];

    /// <summary>The violations collected so far: those of the mapping, to which validation adds its own.</summary>
    public InputErrors Errors()
    {
        var errors = new InputErrors();
        foreach (var violation in Unparsed)
        {
            errors.Add(violation.Field, violation.Description);
        }

        return errors;
    }
}
