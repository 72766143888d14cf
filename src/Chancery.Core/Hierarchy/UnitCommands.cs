using Chancery.Core.Hierarchy.Commands;
using Chancery.Core.Registry;

namespace Chancery.Core.Hierarchy;

/// <summary>The changes to units, each one write of the registry.</summary>
public sealed class UnitCommands(RegistryWriter writer, RegistryState registry)
{
    public RegistryState Registry => registry;

    public Task<UnitView> CreateAsync(CreateUnitCommand command, string operation, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        return writer.WriteAsync(operation, context => CreateUnit.Apply(context, command, id), cancellationToken);
    }

    public Task<UnitView> UpdateAsync(UpdateUnitCommand command, string operation, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, context => UpdateUnit.Apply(context, command), cancellationToken);

    public Task<UnitView> MoveAsync(MoveUnitCommand command, string operation, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, context => MoveUnit.Apply(context, command), cancellationToken);

    public Task<UnitView> CloseAsync(CloseUnitCommand command, string operation, CancellationToken cancellationToken) =>
        writer.WriteAsync(operation, context => CloseUnit.Apply(context, command), cancellationToken);
}
