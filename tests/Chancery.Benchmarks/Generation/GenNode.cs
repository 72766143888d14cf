using Chancery.Core.Units;

namespace Chancery.Benchmarks.Generation;

/// <summary>
/// A unit of the generated hierarchy while it is being built: its attributes today, its children
/// today, and the versions it had before (oldest first). Mutable; turned into a
/// <see cref="UnitState"/> at the end.
/// </summary>
public sealed class GenNode
{
    public GenNode(string name, UnitKind kind, GenNode? parent, bool padOk = false, bool attach = true)
    {
        Name = name.Normalize(System.Text.NormalizationForm.FormC);
        Kind = kind;
        Parent = parent;
        Depth = parent is null ? 1 : parent.Depth + 1;
        PadOk = padOk;
        if (attach)
        {
            parent?.Children.Add(this);
        }
    }

    /// <summary>A unit that no longer exists today: it closed on <paramref name="closed"/> and is in no one's children.</summary>
    public static GenNode Former(string name, UnitKind kind, GenNode parent, DateOnly closed) =>
        new(name, kind, parent, attach: false) { Closed = closed };

    public Guid Id { get; set; }

    public string Name { get; set; }

    public string? ShortName { get; set; }

    public UnitKind Kind { get; set; }

    /// <summary>The parent today (or on the last day of a closed unit).</summary>
    public GenNode? Parent { get; set; }

    public List<GenNode> Children { get; set; } = [];

    public string? Code { get; set; }

    /// <summary>Level in today's tree, the top unit being 1.</summary>
    public int Depth { get; }

    /// <summary>May receive padding teams when the tree is filled up to its target size.</summary>
    public bool PadOk { get; }

    public DateOnly Established { get; set; }

    /// <summary>The first day the unit no longer exists; null while it exists.</summary>
    public DateOnly? Closed { get; set; }

    /// <summary>Earlier versions, oldest first; the current attributes start at the last one's end.</summary>
    public List<PastVersion> Past { get; } = [];

    /// <summary>Records that until <paramref name="until"/> the unit had these attributes instead.</summary>
    public void Before(DateOnly until, string name, UnitKind kind, GenNode? parent, string? code) =>
        Past.Add(new PastVersion(until, name.Normalize(System.Text.NormalizationForm.FormC), kind, parent, code));

    /// <summary>This node and everything below it today, in pre-order.</summary>
    public IEnumerable<GenNode> Walk()
    {
        var stack = new Stack<GenNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }
        }
    }
}

/// <summary>The attributes a generated unit had until <see cref="Until"/>.</summary>
public sealed record PastVersion(DateOnly Until, string Name, UnitKind Kind, GenNode? Parent, string? Code);
