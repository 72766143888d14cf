namespace Chancery.Core.Regulations.Text.Amendments;

/// <summary>A provision made editable while amendments apply, then frozen again.</summary>
internal sealed class Node
{
    public Node(Provision provision, Node? parent)
    {
        Source = provision;
        Guid = provision.Guid == Guid.Empty ? Guid.CreateVersion7() : provision.Guid;
        Kind = provision.Kind;
        Number = provision.Number;
        Heading = provision.Heading;
        Text = provision.Text;
        Parent = parent;
        Children = new List<Node>(provision.Children.Count);
        foreach (var child in provision.Children)
        {
            var node = new Node(child, this);
            Children.Add(node);
            if (node.Source is null)
            {
                Source = null;
            }
        }

        if (provision.Guid == Guid.Empty)
        {
            // a provision to insert, given without its persistent id: frozen anew with the one made here
            Source = null;
        }
    }

    /// <summary>The provision this node was made from; reused as is when nothing under it changed.</summary>
    public Provision? Source { get; set; }

    public Guid Guid { get; }

    public ProvisionKind Kind { get; }

    public string Number { get; set; }

    public string? Heading { get; set; }

    public string Text { get; set; }

    public Node? Parent { get; set; }

    public List<Node> Children { get; }

    /// <summary>The synthetic node above the top-level provisions.</summary>
    public bool IsRoot => Kind == 0;

    public string Eid => IsRoot ? "" : ProvisionTree.ChildEid(Parent is { IsRoot: false } parent ? parent.Eid : null, Kind, Number);

    /// <summary>Marks this node and those above it as changed, so that they are frozen anew.</summary>
    public void Touch()
    {
        for (var node = this; node is not null; node = node.Parent)
        {
            node.Source = null;
        }
    }

    public IEnumerable<Node> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var node in child.SelfAndDescendants())
            {
                yield return node;
            }
        }
    }

    public Provision Freeze()
    {
        if (Source is not null)
        {
            return Source;
        }

        var children = new Provision[Children.Count];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = Children[i].Freeze();
        }

        return new(Guid, Kind, Number, Heading, Text, children);
    }
}
