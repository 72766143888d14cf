using Chancery.Core.Errors;
using Chancery.Core.Kernel;
using Chancery.Core.Registry;

namespace Chancery.Core.Delegations.Catalogue;

public sealed record CreateFieldCommand(Guid UnitId, string? Code, string? Name, DateOnly? ValidFrom, LegalBasis Basis) : Command;

public sealed record RenameFieldCommand(Guid Id, long ExpectedVersion, string? Name, DateOnly? EffectiveDate, LegalBasis Basis) : Command;

public sealed record CloseFieldCommand(Guid Id, long ExpectedVersion, DateOnly? EffectiveDate) : Command;

/// <summary>A unit's own fields of work: each change one write, checked, audited and logged.</summary>
public sealed class FieldCommands(RegistryWriter writer)
{
    public Task<FieldState> CreateAsync(CreateFieldCommand c, WriteRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        return writer.WriteAsync(request, context =>
        {
            var errors = c.Errors();
            var code = FieldInput.Code(c.Code, errors);
            var name = FieldInput.Name(c.Name, errors);
            errors.ThrowIfAny();
            var field = FieldChanges.Create(context, id, c.UnitId, code, name, c.ValidFrom ?? context.Today, c.Basis);
            context.CheckRules();
            return field;
        }, cancellationToken);
    }

    public Task<FieldState> RenameAsync(RenameFieldCommand c, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, context =>
        {
            var errors = c.Errors();
            var name = FieldInput.Name(c.Name, errors);
            FieldInput.Version(c.ExpectedVersion, errors);
            errors.ThrowIfAny();
            var field = FieldChanges.Rename(context, c.Id, c.ExpectedVersion, name, c.EffectiveDate ?? context.Today, c.Basis);
            context.CheckRules();
            return field;
        }, cancellationToken);

    public Task<FieldState> CloseAsync(CloseFieldCommand c, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, context =>
        {
            var errors = c.Errors();
            FieldInput.Version(c.ExpectedVersion, errors);
            errors.ThrowIfAny();
            var field = FieldChanges.Close(context, c.Id, c.ExpectedVersion, c.EffectiveDate ?? context.Today);
            context.CheckRules();
            return field;
        }, cancellationToken);
}
