using Chancery.Core.Units;
using Chancery.Core.Units.Commands;

namespace Chancery.Core.Reorganizations.Files;

/// <summary>
/// Turns the lines of a checked file into a plan against the registry as of the effective date:
/// units new to the registry are established with the file's ids (parents before children);
/// units the registry holds are transferred when their parent differs and renamed when their name,
/// short name, kind or code differ; with <see cref="ImportSettings.CloseMissing"/>, the units the
/// file leaves out are dissolved with what lies below them. Each operation is labelled with its line.
/// Validity dates are used for new units only; the history of a unit the registry holds stays as recorded.
/// </summary>
public static class ImportPlanBuilder
{
    public static ReorganizationPlan Build(IReadOnlyList<HierarchyRow> rows, UnitsSnapshot registry, ImportSettings settings)
    {
        var effective = settings.EffectiveDate;
        var operations = new List<PlanOperation>();
        foreach (var row in ParentsFirst(rows))
        {
            if (registry.Find(row.Id) is null)
            {
                var parent = row.ParentId is { } p ? new UnitRef(Id: p) : null;
                var spec = new NewUnitSpec(null, row.Name, row.ShortName, row.Kind, parent, row.Code, row.Id, row.ValidFrom, row.ValidTo);
                operations.Add(new EstablishOperation(spec) { Label = Label(row) });
            }
        }

        var existing = new List<(HierarchyRow Row, UnitVersionState Now)>();
        foreach (var row in rows)
        {
            if (registry.Get(row.Id, effective) is { } view)
            {
                existing.Add((row, view.Version));
            }
        }

        foreach (var (row, now) in existing)
        {
            if (now.ParentId != row.ParentId)
            {
                var parent = row.ParentId is { } p ? new UnitRef(Id: p) : null;
                operations.Add(new TransferOperation([new UnitRef(Id: row.Id)], parent) { Label = Label(row) });
            }
        }

        foreach (var (row, now) in existing)
        {
            if (Rename(row, now) is { } rename)
            {
                operations.Add(rename);
            }
        }

        if (settings.CloseMissing)
        {
            operations.AddRange(MissingUnits.Find(rows, registry, effective)
                .Select(id => new DissolveOperation(new UnitRef(Id: id), ChildrenDisposition.Close, null) { Label = "close_missing" }));
        }

        return new ReorganizationPlan(settings.PlanId, effective, settings.Basis, settings.Description, operations);
    }

    public static string Label(HierarchyRow row) => $"line {row.Line}";

    private static RenameOperation? Rename(HierarchyRow row, UnitVersionState now)
    {
        var fields = UnitFields.None;
        fields |= row.Name != now.Name ? UnitFields.Name : UnitFields.None;
        fields |= row.ShortName != now.ShortName ? UnitFields.ShortName : UnitFields.None;
        fields |= row.Kind != now.Kind ? UnitFields.Kind : UnitFields.None;
        fields |= row.Code != now.Code ? UnitFields.Code : UnitFields.None;
        return fields == UnitFields.None
            ? null
            : new RenameOperation(new UnitRef(Id: row.Id), fields, row.Name, row.ShortName, row.Kind, row.Code) { Label = Label(row) };
    }

    /// <summary>The lines in an order where each comes after the line of its parent (the file is free of cycles by then).</summary>
    private static List<HierarchyRow> ParentsFirst(IReadOnlyList<HierarchyRow> rows)
    {
        var ids = rows.Select(r => r.Id).ToHashSet();
        var children = rows.Where(r => r.ParentId is { } p && ids.Contains(p)).ToLookup(r => r.ParentId!.Value);
        var ordered = new List<HierarchyRow>(rows.Count);
        var stack = new Stack<HierarchyRow>(rows.Where(r => r.ParentId is not { } p || !ids.Contains(p)).Reverse());
        while (stack.Count > 0)
        {
            var row = stack.Pop();
            ordered.Add(row);
            foreach (var child in children[row.Id].Reverse())
            {
                stack.Push(child);
            }
        }

        return ordered;
    }
}
