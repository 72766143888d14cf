using Chancery.Core.Access;
using Chancery.Core.Errors;
using Chancery.Core.Units;
using Chancery.Core.Units.Commands;
using Chancery.Server.Grpc;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Units;

/// <summary>The hierarchy's changes: each request becomes a command of the core.</summary>
public sealed partial class UnitsService
{
    [Scope(Scopes.HierarchyWrite)]
    public override async Task<CreateUnitResponse> CreateUnit(CreateUnitRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var parentId = RequestFields.OptionalId(request.ParentId, "parent_id", errors);
        var from = RequestFields.OptionalDate(request.ValidFrom, "valid_from", errors);
        var command = new CreateUnitCommand(request.Name, request.ShortName, request.Kind.ToCore(), parentId, request.Code, from, request.Reason);
        command.Check(errors);
        errors.ThrowIfAny();

        var view = await commands.CreateAsync(command, context.Write(request.Reason), context.CancellationToken);
        return new CreateUnitResponse { Unit = view.ToMessage() };
    }

    [Scope(Scopes.HierarchyWrite)]
    public override async Task<UpdateUnitResponse> UpdateUnit(UpdateUnitRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(request.Id, "id", errors);
        var effective = RequestFields.OptionalDate(request.EffectiveDate, "effective_date", errors);
        var fields = UnitFields.None;
        foreach (var path in request.UpdateMask?.Paths ?? [])
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

        var command = new UpdateUnitCommand(id, fields, request.Name, request.ShortName, request.Kind.ToCore(), request.Code, request.ExpectedVersion, effective, request.Reason);
        if (fields != UnitFields.None || !errors.Any)
        {
            command.Check(errors);
        }

        errors.ThrowIfAny();

        var view = await commands.UpdateAsync(command, context.Write(request.Reason), context.CancellationToken);
        return new UpdateUnitResponse { Unit = view.ToMessage() };

        UnitFields Unknown(string path)
        {
            errors.Add("update_mask", $"'{path}' cannot be updated here; the paths are name, short_name, kind and code (the parent changes with MoveUnit).");
            return UnitFields.None;
        }
    }

    [Scope(Scopes.HierarchyWrite)]
    public override async Task<MoveUnitResponse> MoveUnit(MoveUnitRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(request.Id, "id", errors);
        var parentId = RequestFields.OptionalId(request.NewParentId, "new_parent_id", errors);
        var effective = RequestFields.OptionalDate(request.EffectiveDate, "effective_date", errors);
        var command = new MoveUnitCommand(id, parentId, request.ExpectedVersion, effective, request.Reason);
        command.Check(errors);
        errors.ThrowIfAny();

        var view = await commands.MoveAsync(command, context.Write(request.Reason), context.CancellationToken);
        return new MoveUnitResponse { Unit = view.ToMessage() };
    }

    [Scope(Scopes.HierarchyWrite)]
    public override async Task<CloseUnitResponse> CloseUnit(CloseUnitRequest request, ServerCallContext context)
    {
        var errors = new InputErrors();
        var id = RequestFields.Id(request.Id, "id", errors);
        var effective = RequestFields.OptionalDate(request.EffectiveDate, "effective_date", errors);
        var command = new CloseUnitCommand(id, request.ExpectedVersion, effective, request.Reason, request.ClosePositions);
        command.Check(errors);
        errors.ThrowIfAny();

        var view = await commands.CloseAsync(command, context.Write(request.Reason), context.CancellationToken);
        return new CloseUnitResponse { Unit = view.ToMessage() };
    }
}
