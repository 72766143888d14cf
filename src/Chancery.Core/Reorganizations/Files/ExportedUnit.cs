using Chancery.Core.Units;

namespace Chancery.Core.Reorganizations.Files;

/// <summary>
/// One unit as an export writes it: its attributes on the date, and a period that lies within its
/// parent's exported period, so that importing the file into an empty registry builds a valid
/// tree. <see cref="ValidFrom"/> is when the unit came under its present parent (or the parent's
/// exported start, if later); <see cref="ValidTo"/> its end (or the parent's, if earlier).
/// </summary>
public readonly record struct ExportedUnit(UnitState Unit, UnitVersionState Version, Guid? ParentId, DateOnly ValidFrom, DateOnly? ValidTo)
{
    /// <summary>The units as of the date in pre-order (children in name order): everything, or the subtree of <paramref name="within"/>.</summary>
    public static IEnumerable<ExportedUnit> Walk(UnitsSnapshot snapshot, DateOnly date, UnitView? within)
    {
        var tops = within is { } top ? [top] : snapshot.Children(null, date);
        var path = new List<ExportedUnit>();
        foreach (var root in tops)
        {
            foreach (var item in snapshot.Subtree(root, date, 0))
            {
                path.RemoveRange(item.Depth, path.Count - item.Depth);
                var parent = item.Depth > 0 ? path[item.Depth - 1] : (ExportedUnit?)null;
                var exported = Of(item.View, date, parent);
                path.Add(exported);
                yield return exported;
            }
        }
    }

    private static ExportedUnit Of(UnitView view, DateOnly date, ExportedUnit? parent)
    {
        var versions = view.Unit.Versions;
        var i = versions.Count - 1;
        while (i > 0 && versions[i].From > date)
        {
            i--;
        }

        while (i > 0 && versions[i - 1].ParentId == view.Version.ParentId)
        {
            i--;
        }

        var from = versions[i].From;
        var to = view.Unit.Closed;
        if (parent is { } p)
        {
            from = p.ValidFrom > from ? p.ValidFrom : from;
            to = p.ValidTo is { } end && (to is null || end < to) ? end : to;
        }

        return new ExportedUnit(view.Unit, view.Version, view.Version.ParentId, from, to);
    }
}
