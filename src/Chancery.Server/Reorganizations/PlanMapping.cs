using Chancery.Core.Errors;
using Chancery.Core.Kernel;
using Chancery.Core.Reorganizations;
using Chancery.Core.Time;
using Chancery.Core.Units.Commands;
using Chancery.Server.Grpc;
using Chancery.Server.Units;

namespace Chancery.Server.Reorganizations;

/// <summary>Hand-written mapping from the contract's plans to the core's, collecting a violation per bad field.</summary>
public static class PlanMapping
{
    public static ReorganizationPlan ToCore(V1.Plan? plan, InputErrors errors, string field = "plan")
    {
        plan ??= new V1.Plan();
        var operations = plan.Operations.Select((o, i) => Operation(o, errors, $"{field}.operations[{i}]")).ToList();
        var result = new ReorganizationPlan(plan.Id, Effective(plan.EffectiveDate, errors, $"{field}.effective_date"),
            BasisMapping.Basis(plan.Basis, errors, $"{field}.basis"), string.IsNullOrWhiteSpace(plan.Description) ? null : plan.Description.Trim(), operations);
        PlanCommands.Check(result, errors, field);
        return result;
    }

    /// <summary>A plan of one operation, for the single-operation methods.</summary>
    public static ReorganizationPlan Single(string planId, string effectiveDate, V1.Basis? basis, PlanOperation operation, InputErrors errors)
    {
        if (!string.IsNullOrEmpty(planId) && !PlanCommands.IsValidId(planId))
        {
            errors.Add("plan_id", "A plan id has 1 to 100 characters: letters, digits, '.', '_', ':', '-'.");
        }

        return new(string.IsNullOrEmpty(planId) ? Guid.CreateVersion7().ToString() : planId,
            Effective(effectiveDate, errors, "effective_date"), BasisMapping.Basis(basis, errors, "basis"), null, [operation]);
    }

    public static DateOnly Effective(string text, InputErrors errors, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "A reorganization takes effect on a date (yyyy-mm-dd).");
            return default;
        }

        return RequestFields.OptionalDate(text, field, errors) ?? default;
    }

    public static PlanOperation Operation(V1.Operation operation, InputErrors errors, string field)
    {
        PlanOperation result = operation.OpCase switch
        {
            V1.Operation.OpOneofCase.Establish => new EstablishOperation(NewUnit(operation.Establish.Unit, errors, $"{field}.establish.unit")),
            V1.Operation.OpOneofCase.Merge => Merge(operation.Merge, errors, $"{field}.merge"),
            V1.Operation.OpOneofCase.Split => Split(operation.Split, errors, $"{field}.split"),
            V1.Operation.OpOneofCase.Transfer => Transfer(operation.Transfer, errors, $"{field}.transfer"),
            V1.Operation.OpOneofCase.Rename => Rename(operation.Rename, errors, $"{field}.rename"),
            V1.Operation.OpOneofCase.Dissolve => Dissolve(operation.Dissolve, errors, $"{field}.dissolve"),
            V1.Operation.OpOneofCase.CarryPositions => new CarryPositionsOperation(
                operation.CarryPositions.PositionIds.Select((p, i) => RequestFields.Id(p, $"{field}.carry_positions.position_ids[{i}]", errors)).ToList(),
                Ref(operation.CarryPositions.To, errors, $"{field}.carry_positions.to")),
            _ => Missing(errors, field),
        };
        return result with { Label = string.IsNullOrWhiteSpace(operation.Label) ? null : operation.Label.Trim() };
    }

    public static MergeOperation Merge(V1.MergeOperation o, InputErrors errors, string field) =>
        new(o.Sources.Select((s, i) => Ref(s, errors, $"{field}.sources[{i}]")!).ToList(),
            OptionalRef(o.Survivor, errors, $"{field}.survivor"),
            o.NewUnit is null ? null : NewUnit(o.NewUnit, errors, $"{field}.new_unit"),
            (ChildrenDisposition)(int)o.Children);

    public static SplitOperation Split(V1.SplitOperation o, InputErrors errors, string field) =>
        new(Ref(o.Source, errors, $"{field}.source"),
            o.Parts.Select((p, i) => NewUnit(p, errors, $"{field}.parts[{i}]")).ToList(),
            o.Assignments.Select((a, i) => new ChildAssignment(Ref(a.Child, errors, $"{field}.assignments[{i}].child"), a.PartRef)).ToList(),
            o.SourceContinues);

    public static TransferOperation Transfer(V1.TransferOperation o, InputErrors errors, string field) =>
        new(o.Units.Select((u, i) => Ref(u, errors, $"{field}.units[{i}]")).ToList(), OptionalRef(o.NewParent, errors, $"{field}.new_parent"));

    public static RenameOperation Rename(V1.RenameOperation o, InputErrors errors, string field)
    {
        var fields = UnitFields.None;
        foreach (var path in o.UpdateMask?.Paths ?? [])
        {
            fields |= path switch
            {
                "name" => UnitFields.Name,
                "short_name" => UnitFields.ShortName,
                "kind" => UnitFields.Kind,
                "code" => UnitFields.Code,
                _ => Unknown(path),
            };
        }

        return new RenameOperation(Ref(o.Unit, errors, $"{field}.unit"), fields, o.Name, o.ShortName, o.Kind.ToCore(), o.Code);

        UnitFields Unknown(string path)
        {
            errors.Add($"{field}.update_mask", $"'{path}' cannot be renamed; the paths are name, short_name, kind and code.");
            return UnitFields.None;
        }
    }

    public static DissolveOperation Dissolve(V1.DissolveOperation o, InputErrors errors, string field) =>
        new(Ref(o.Unit, errors, $"{field}.unit"), (ChildrenDisposition)(int)o.Children, OptionalRef(o.ChildrenTo, errors, $"{field}.children_to"));

    private static NewUnitSpec NewUnit(V1.NewUnit? unit, InputErrors errors, string field)
    {
        unit ??= new V1.NewUnit();
        return new NewUnitSpec(
            string.IsNullOrWhiteSpace(unit.Ref) ? null : unit.Ref.Trim(), unit.Name, unit.ShortName, unit.Kind.ToCore(),
            OptionalRef(unit.Parent, errors, $"{field}.parent"), unit.Code,
            RequestFields.OptionalId(unit.Id, $"{field}.id", errors),
            RequestFields.OptionalDate(unit.ValidFrom, $"{field}.valid_from", errors));
    }

    private static UnitRef Ref(V1.UnitRef? reference, InputErrors errors, string field) =>
        OptionalRef(reference, errors, field) ?? Fail(errors, field);

    private static UnitRef? OptionalRef(V1.UnitRef? reference, InputErrors errors, string field) => reference?.KeyCase switch
    {
        V1.UnitRef.KeyOneofCase.Id => new UnitRef(Id: RequestFields.Id(reference.Id, $"{field}.id", errors)),
        V1.UnitRef.KeyOneofCase.Code => new UnitRef(Code: reference.Code),
        V1.UnitRef.KeyOneofCase.Ref => new UnitRef(Ref: reference.Ref),
        _ => null,
    };

    private static UnitRef Fail(InputErrors errors, string field)
    {
        errors.Add(field, "Name the unit by id, code or ref.");
        return new UnitRef();
    }

    private static PlanOperation Missing(InputErrors errors, string field)
    {
        errors.Add(field, "An operation is one of establish, merge, split, transfer, rename, dissolve.");
        return new EstablishOperation(new NewUnitSpec(null, null, null, default, null, null));
    }

    public static V1.PlanResult ToMessage(this PlanResult result)
    {
        var message = new V1.PlanResult
        {
            PlanId = result.PlanId,
            Applied = result.Applied,
            AlreadyApplied = result.AlreadyApplied,
            Counts = new V1.PlanCounts
            {
                Created = result.Counts.Created, Closed = result.Counts.Closed, Moved = result.Counts.Moved,
                Renamed = result.Counts.Renamed, Operations = result.Counts.Operations,
            },
            ChangesTotal = result.ChangesTotal,
        };
        message.Changes.AddRange(result.Changes.Select(c => new V1.UnitChange
        {
            UnitId = c.UnitId.ToString(), Name = c.Name, Kind = (V1.UnitKind)c.Kind, Created = c.Created, Closed = c.Closed,
            Moved = c.Moved, Renamed = c.Renamed, OldParentId = c.OldParentId?.ToString() ?? "", NewParentId = c.NewParentId?.ToString() ?? "",
            OldName = c.OldName ?? "", OperationIndex = c.OperationIndex,
        }));
        message.Problems.AddRange(result.Problems.Select(p => p.ToMessage()));
        message.EndedDelegations.AddRange((result.EndedDelegations ?? []).Select(e => e.ToMessage()));
        message.EndedDelegationsTotal = result.EndedDelegationsTotal;
        message.SignerGaps.AddRange((result.SignerGaps ?? []).Select(g => g.ToMessage()));
        message.SignerGapsTotal = result.SignerGapsTotal;
        return message;
    }

    public static V1.PlanProblem ToMessage(this PlanProblem p) => new()
    {
        OperationIndex = p.OperationIndex, Label = p.Label ?? "", Kind = p.Kind, Code = p.Code, Subject = p.Subject, Description = p.Description,
    };

    public static V1.LineageKind ToMessage(this LineageKind kind) => (V1.LineageKind)(int)kind;
}
