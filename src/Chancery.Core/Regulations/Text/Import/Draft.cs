namespace Chancery.Core.Regulations.Text.Import;

/// <summary>A provision while it is read: lines of text gathered, children appended, frozen at the end.</summary>
internal sealed class Draft(ProvisionKind kind, string number, string? heading, int line)
{
    private List<string>? lines;

    public ProvisionKind Kind { get; } = kind;

    public string Number { get; } = number;

    public string? Heading { get; set; } = heading;

    public int Line { get; } = line;

    public bool HasText => lines is { Count: > 0 };

    public List<Draft> Children { get; } = [];

    /// <summary>Numbers of the children of each kind already placed, to find duplicates.</summary>
    public HashSet<ProvisionNumber> Seen { get; } = [];

    public ProvisionNumber? Last { get; set; }

    public void AddText(string text) => (lines ??= []).Add(text);

    public Provision Freeze(string eid, Func<string, Guid> guidFor)
    {
        var children = new Provision[Children.Count];
        for (var i = 0; i < children.Length; i++)
        {
            var child = Children[i];
            children[i] = child.Freeze(ProvisionTree.ChildEid(eid, child.Kind, child.Number), guidFor);
        }

        var text = lines switch
        {
            null => "",
            [var one] => one,
            _ => string.Join('\n', lines),
        };
        return new(guidFor(eid), Kind, Number, string.IsNullOrEmpty(Heading) ? null : Heading, text, children);
    }
}
