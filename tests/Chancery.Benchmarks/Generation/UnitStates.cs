using Chancery.Core.Units;

namespace Chancery.Benchmarks.Generation;

/// <summary>Turns generated nodes into the core's immutable <see cref="UnitState"/>s, one version per period.</summary>
public static class UnitStates
{
    public static UnitState From(GenNode node)
    {
        var versions = new List<UnitVersionState>(node.Past.Count + 1);
        var from = node.Established;
        foreach (var past in node.Past)
        {
            versions.Add(new UnitVersionState(from, past.Until, past.Name, ShortName(past.Name), past.Kind, past.Parent?.Id, past.Code));
            from = past.Until;
        }

        versions.Add(new UnitVersionState(from, node.Closed, node.Name, ShortName(node.Name), node.Kind, node.Parent?.Id, node.Code));
        return new UnitState(node.Id, versions.Count, versions);
    }

    /// <summary>"Ủy ban nhân dân xã An Bình" → "UBND xã An Bình"; other units have no short name.</summary>
    private static string? ShortName(string name) =>
        name.StartsWith("Ủy ban nhân dân ", StringComparison.Ordinal) ? "UBND " + name["Ủy ban nhân dân ".Length..]
        : name.StartsWith("Hội đồng nhân dân ", StringComparison.Ordinal) ? "HĐND " + name["Hội đồng nhân dân ".Length..]
        : null;
}
