namespace Chancery.Portal.Pages;

/// <summary>One text field of a form: its label and hint, and the server's message beside it.</summary>
public sealed record FieldInput(string Name, string Label, string? Value, string? Hint, string? Error, string ErrorPrefix);
