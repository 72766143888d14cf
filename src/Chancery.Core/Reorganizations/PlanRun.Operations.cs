using Chancery.Core.Errors;
using Chancery.Core.Positions;
using Chancery.Core.Units;
using Chancery.Core.Units.Commands;

namespace Chancery.Core.Reorganizations;

/// <summary>Each kind of operation, applied to the draft with the primitives of <see cref="UnitChanges"/>.</summary>
internal sealed partial class PlanRun
{
    public void Apply(PlanOperation operation)
    {
        switch (operation)
        {
            case EstablishOperation o:
                Establish(o.Unit, null, "establish.unit");
                break;
            case MergeOperation o:
                Merge(o);
                break;
            case SplitOperation o:
                Split(o);
                break;
            case TransferOperation o:
                Transfer(o);
                break;
            case RenameOperation o:
                Rename(o);
                break;
            case DissolveOperation o:
                Dissolve(o);
                break;
            case CarryPositionsOperation o:
                CarryPositions(o);
                break;
            default:
                throw InputErrors.One("operation", "An operation must be one of establish, merge, split, transfer, rename, dissolve.");
        }
    }

    private UnitState Establish(NewUnitSpec spec, Guid? defaultParent, string field)
    {
        var errors = new InputErrors();
        var name = UnitInput.Name(spec.Name, errors, $"{field}.name");
        var shortName = UnitInput.ShortName(spec.ShortName, errors, $"{field}.short_name");
        var kind = UnitInput.Kind(spec.Kind, errors, $"{field}.kind");
        var code = UnitInput.Code(spec.Code, errors, $"{field}.code");
        errors.ThrowIfAny();
        var parentId = spec.Parent is { } parent ? Resolve(parent, $"{field}.parent").Id : defaultParent;
        var id = NewId(spec);
        Remember(spec.Ref, id, $"{field}.ref");
        var unit = UnitChanges.Establish(Context, id, new NewUnit(name, shortName, kind, parentId, code), spec.ValidFrom ?? Effective);
        if (spec.ValidTo is { } end)
        {
            unit = UnitChanges.Close(Context, id, end);
        }

        Touch(unit);
        return unit;
    }

    private void Merge(MergeOperation o)
    {
        if (o.Sources.Count < 1 || (o.Sources.Count < 2 && o.Survivor is null))
        {
            throw InputErrors.One("merge.sources", "A merge joins at least two units (or one into a surviving unit).");
        }

        if ((o.Survivor is null) == (o.Target is null))
        {
            throw InputErrors.One("merge.survivor", "Name either the surviving unit or the new unit the sources merge into.");
        }

        var sources = o.Sources.Select((s, i) => Resolve(s, $"merge.sources[{i}]")).ToList();
        var firstParent = sources[0].At(Effective)?.ParentId;
        var target = o.Survivor is { } survivor ? Resolve(survivor, "merge.survivor") : Establish(o.Target!, firstParent, "merge.new_unit");
        var e = Event(LineageKind.Merged);
        LineageEvent? dissolved = null;
        foreach (var source in sources.DistinctBy(s => s.Id))
        {
            e.Links.Add(new LineageLink { PredecessorId = source.Id, SuccessorId = target.Id });
            if (source.Id == target.Id)
            {
                continue;
            }

            foreach (var child in ChildrenAt(source.Id, Effective))
            {
                if (o.Children == ChildrenDisposition.Close)
                {
                    CloseSubtree(child.Id, dissolved ??= Event(LineageKind.Dissolved));
                }
                else
                {
                    Touch(UnitChanges.Move(Context, child.Id, target.Id, Effective));
                }
            }

            Touch(CloseUnit(source.Id));
        }

        if (sources.All(s => s.Id != target.Id) && o.Survivor is not null)
        {
            e.Links.Add(new LineageLink { PredecessorId = target.Id, SuccessorId = target.Id });
        }
    }

    private void Split(SplitOperation o)
    {
        if (o.Parts.Count < (o.SourceContinues ? 1 : 2))
        {
            throw InputErrors.One("split.parts", "A split makes at least two units (or one beside a source that continues).");
        }

        var source = Resolve(o.Source, "split.source");
        var parentAtEffective = source.At(Effective)?.ParentId;
        var parts = new Dictionary<string, UnitState>(StringComparer.Ordinal);
        var e = Event(LineageKind.Split);
        for (var i = 0; i < o.Parts.Count; i++)
        {
            var part = Establish(o.Parts[i], parentAtEffective, $"split.parts[{i}]");
            parts[o.Parts[i].Ref ?? $"#{i}"] = part;
            e.Links.Add(new LineageLink { PredecessorId = source.Id, SuccessorId = part.Id });
        }

        var children = ChildrenAt(source.Id, Effective).Select(c => c.Id).ToHashSet();
        var assigned = new HashSet<Guid>();
        for (var i = 0; i < o.Assignments.Count; i++)
        {
            var assignment = o.Assignments[i];
            var child = Resolve(assignment.Child, $"split.assignments[{i}].child");
            if (!children.Contains(child.Id))
            {
                throw InputErrors.One($"split.assignments[{i}].child", $"{child.Subject} is not below the split unit on {Time.IsoDate.Format(Effective)}.");
            }

            if (!assigned.Add(child.Id))
            {
                throw InputErrors.One($"split.assignments[{i}].child", $"{child.Subject} is assigned to a part already.");
            }

            if (!parts.TryGetValue(assignment.PartRef, out var part))
            {
                throw InputErrors.One($"split.assignments[{i}].part_ref", $"'{assignment.PartRef}' is not the ref of a part of this split.");
            }

            Touch(UnitChanges.Move(Context, child.Id, part.Id, Effective));
        }

        if (o.SourceContinues)
        {
            e.Links.Add(new LineageLink { PredecessorId = source.Id, SuccessorId = source.Id });
        }
        else
        {
            Touch(CloseUnit(source.Id));
        }
    }

    private void Transfer(TransferOperation o)
    {
        if (o.Units.Count == 0)
        {
            throw InputErrors.One("transfer.units", "Name the units to transfer.");
        }

        var parentId = o.NewParent is { } parent ? Resolve(parent, "transfer.new_parent").Id : (Guid?)null;
        var e = Event(LineageKind.Transferred);
        for (var i = 0; i < o.Units.Count; i++)
        {
            var unit = Resolve(o.Units[i], $"transfer.units[{i}]");
            Touch(UnitChanges.Move(Context, unit.Id, parentId, Effective, parentField: "transfer.new_parent"));
            e.Links.Add(new LineageLink { PredecessorId = unit.Id, SuccessorId = unit.Id });
        }
    }

    private void Rename(RenameOperation o)
    {
        var errors = new InputErrors();
        if (o.Fields == UnitFields.None)
        {
            errors.Add("rename.update_mask", "Name at least one of: name, short_name, kind, code.");
        }

        var name = o.Fields.HasFlag(UnitFields.Name) ? UnitInput.Name(o.Name, errors, "rename.name") : null;
        var shortName = o.Fields.HasFlag(UnitFields.ShortName) ? UnitInput.ShortName(o.ShortName, errors, "rename.short_name") : null;
        var kind = o.Fields.HasFlag(UnitFields.Kind) ? UnitInput.Kind(o.Kind, errors, "rename.kind") : UnitKind.Unspecified;
        var code = o.Fields.HasFlag(UnitFields.Code) ? UnitInput.Code(o.Code, errors, "rename.code") : null;
        errors.ThrowIfAny();
        var unit = Resolve(o.Unit, "rename.unit");
        Touch(UnitChanges.Change(Context, unit.Id, Effective, a => a with
        {
            Name = name ?? a.Name,
            ShortName = o.Fields.HasFlag(UnitFields.ShortName) ? shortName : a.ShortName,
            Kind = o.Fields.HasFlag(UnitFields.Kind) ? kind : a.Kind,
            Code = o.Fields.HasFlag(UnitFields.Code) ? code : a.Code,
        }));
        Event(LineageKind.Renamed).Links.Add(new LineageLink { PredecessorId = unit.Id, SuccessorId = unit.Id });
    }

    private void Dissolve(DissolveOperation o)
    {
        var unit = Resolve(o.Unit, "dissolve.unit");
        var e = Event(LineageKind.Dissolved);
        switch (o.Children)
        {
            case ChildrenDisposition.Close:
                CloseSubtree(unit.Id, e);
                return;
            case ChildrenDisposition.MoveTo or ChildrenDisposition.MoveToSuccessor:
                var to = Resolve(o.ChildrenTo ?? throw InputErrors.One("dissolve.children_to", "Name the unit the children move to."), "dissolve.children_to");
                foreach (var child in ChildrenAt(unit.Id, Effective))
                {
                    Touch(UnitChanges.Move(Context, child.Id, to.Id, Effective));
                }

                break;
        }

        Touch(CloseUnit(unit.Id));
        e.Links.Add(new LineageLink { PredecessorId = unit.Id });
    }

    /// <summary>A unit ends with what belongs to it: its positions still open close (their appointments end), unless an earlier operation carried them.</summary>
    private UnitState CloseUnit(Guid id) => UnitChanges.Close(Context, id, Effective, endDependants: true);

    private void CarryPositions(CarryPositionsOperation o)
    {
        var to = Resolve(o.To, "carry_positions.to");
        if (o.PositionIds.Count == 0)
        {
            throw InputErrors.One("carry_positions.position_ids", "Name the positions to carry.");
        }

        // rules broken by a carried position are blamed on this operation, unless an earlier one touched the unit
        TouchedBy.TryAdd(to.Id, Index);
        foreach (var positionId in o.PositionIds)
        {
            if (Context.Positions.FindPosition(positionId) is { } carried)
            {
                CarriedFrom.TryAdd(carried.UnitId, Index);
            }

            Positions.PositionChanges.Carry(Context, positionId, to.Id, Effective, NewId($"position/{positionId}"), plan.Basis, n => NewId($"position/{positionId}/appointment/{n}"));
        }
    }

    /// <summary>Closes a unit and everything below it on the effective date, the leaves first; each ends without successor.</summary>
    private void CloseSubtree(Guid top, LineageEvent e)
    {
        foreach (var child in ChildrenAt(top, Effective))
        {
            CloseSubtree(child.Id, e);
        }

        Touch(CloseUnit(top));
        e.Links.Add(new LineageLink { PredecessorId = top });
    }
}
