using Chancery.Core.Access;
using Chancery.Server.Grpc;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Units;

/// <summary>The hierarchy's changes: each request becomes a command of the core, which validates it.</summary>
public sealed partial class UnitsService
{
    [Scope(Scopes.HierarchyWrite)]
    public override async Task<CreateUnitResponse> CreateUnit(CreateUnitRequest request, ServerCallContext context) =>
        new() { Unit = (await commands.CreateAsync(request.ToCommand(), context.Write(request.Reason), context.CancellationToken)).ToMessage() };

    [Scope(Scopes.HierarchyWrite)]
    public override async Task<UpdateUnitResponse> UpdateUnit(UpdateUnitRequest request, ServerCallContext context) =>
        new() { Unit = (await commands.UpdateAsync(request.ToCommand(), context.Write(request.Reason), context.CancellationToken)).ToMessage() };

    [Scope(Scopes.HierarchyWrite)]
    public override async Task<MoveUnitResponse> MoveUnit(MoveUnitRequest request, ServerCallContext context) =>
        new() { Unit = (await commands.MoveAsync(request.ToCommand(), context.Write(request.Reason), context.CancellationToken)).ToMessage() };

    [Scope(Scopes.HierarchyWrite)]
    public override async Task<CloseUnitResponse> CloseUnit(CloseUnitRequest request, ServerCallContext context) =>
        new() { Unit = (await commands.CloseAsync(request.ToCommand(), context.Write(request.Reason), context.CancellationToken)).ToMessage() };
}
