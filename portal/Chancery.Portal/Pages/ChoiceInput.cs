namespace Chancery.Portal.Pages;

public enum ChoiceStyle
{
    Select,
    Radios,
    Checkboxes,
}

/// <summary>One choice of a form: a select, radios or checkboxes, with the server's message beside it.</summary>
public sealed record ChoiceInput(
    string Name, string Label, IReadOnlyCollection<string> Chosen, IReadOnlyList<(string Value, string Text)> Options, string? Hint, string? Error,
    string ErrorPrefix, ChoiceStyle Style = ChoiceStyle.Select);
