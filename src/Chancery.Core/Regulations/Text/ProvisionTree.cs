namespace Chancery.Core.Regulations.Text;

/// <summary>One provision of a body with where it stands: its parent, its readable id, its depth and its place in reading order.</summary>
public readonly record struct ProvisionEntry(Provision Provision, Provision? Parent, string Eid, int Depth, int Order);

/// <summary>Walks a body in reading order (a provision before its children) with each provision's readable id.</summary>
public static class ProvisionTree
{
    /// <summary>The readable id of a provision of <paramref name="kind"/> and <paramref name="number"/> under the provision whose id is <paramref name="parentEid"/> (null at the top).</summary>
    public static string ChildEid(string? parentEid, ProvisionKind kind, string number) =>
        parentEid is null || kind == ProvisionKind.Article
            ? ProvisionIds.Part(kind, number)
            : string.Concat(parentEid, "__", ProvisionIds.Part(kind, number));

    public static List<ProvisionEntry> Entries(RegulationBody body)
    {
        var entries = new List<ProvisionEntry>(Count(body));
        var stack = new Stack<(Provision Provision, Provision? Parent, string? ParentEid, int Depth)>();
        for (var i = body.Provisions.Count - 1; i >= 0; i--)
        {
            stack.Push((body.Provisions[i], null, null, 0));
        }

        while (stack.Count > 0)
        {
            var (provision, parent, parentEid, depth) = stack.Pop();
            var eid = ChildEid(parentEid, provision.Kind, provision.Number);
            entries.Add(new(provision, parent, eid, depth, entries.Count));
            for (var i = provision.Children.Count - 1; i >= 0; i--)
            {
                stack.Push((provision.Children[i], provision, eid, depth + 1));
            }
        }

        return entries;
    }

    /// <summary>How many provisions the body holds, at every level.</summary>
    public static int Count(RegulationBody body)
    {
        var count = 0;
        var stack = new Stack<IReadOnlyList<Provision>>();
        stack.Push(body.Provisions);
        while (stack.Count > 0)
        {
            foreach (var provision in stack.Pop())
            {
                count++;
                if (provision.Children.Count > 0)
                {
                    stack.Push(provision.Children);
                }
            }
        }

        return count;
    }
}
