using Chancery.Core.Text;

namespace Chancery.Core.Units;

/// <summary>
/// "<see cref="Child"/> hangs below a parent over <see cref="Version"/>'s period": one edge per
/// version of a child, so a parent's edges hold its children at every date.
/// </summary>
public readonly record struct ChildEdge(UnitState Child, UnitVersionState Version)
{
    public static readonly IComparer<ChildEdge> ByName = Comparer<ChildEdge>.Create(static (a, b) =>
    {
        var byName = VietnameseText.CompareSortKeys(a.Version.SortKey, b.Version.SortKey);
        if (byName != 0)
        {
            return byName;
        }

        var byId = a.Child.Id.CompareTo(b.Child.Id);
        return byId != 0 ? byId : a.Version.From.CompareTo(b.Version.From);
    });
}

/// <summary>A unit as it is on one date: the unit and the version in force then.</summary>
public readonly record struct UnitView(UnitState Unit, UnitVersionState Version);

/// <summary>A unit of a subtree with its depth below the subtree's top (0 for the top).</summary>
public readonly record struct SubtreeItem(UnitView View, int Depth);
