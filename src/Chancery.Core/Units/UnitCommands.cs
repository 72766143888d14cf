using Chancery.Core.Units.Commands;
using Chancery.Core.Registry;

namespace Chancery.Core.Units;

/// <summary>The changes to units, each one write of the registry, checked, audited and logged.</summary>
public sealed class UnitCommands(RegistryWriter writer, RegistryState registry)
{
    public RegistryState Registry => registry;

    public Task<UnitView> CreateAsync(CreateUnitCommand command, WriteRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        return writer.WriteAsync(request, context => CreateUnit.Apply(context, command, id), cancellationToken);
    }

    public Task<UnitView> UpdateAsync(UpdateUnitCommand command, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, context => UpdateUnit.Apply(context, command), cancellationToken);

    public Task<UnitView> MoveAsync(MoveUnitCommand command, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, context => MoveUnit.Apply(context, command), cancellationToken);

    public Task<UnitView> CloseAsync(CloseUnitCommand command, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, context => CloseUnit.Apply(context, command), cancellationToken);
}
