using Chancery.Core.Errors;
using Chancery.Core.Kernel;
using Chancery.Core.Registry;
using Chancery.Core.Time;

namespace Chancery.Core.Delegations;

/// <summary>A new delegation of any kind (Assign, Authorize, GrantByOrder map to it), as the request gave it.</summary>
public sealed record CreateDelegationCommand(
    DelegationKind Kind, Guid UnitId, Guid DelegatorOfficialId, Guid DelegateOfficialId, Guid? PassedFromId,
    IReadOnlyList<string> FieldCodes, IReadOnlyList<Guid> SupervisedUnitIds, IReadOnlyList<string> DocumentKinds, string? Scope,
    DateOnly? RunsUnitFrom, DateOnly? RunsUnitTo, DateOnly? ValidFrom, DateOnly? ValidTo, LegalBasis Basis,
    bool OverlapOnPurpose, string? Reason) : Command
{
    /// <summary>The unit's head position is vacant: the head of a unit above it assigns a deputy to run it (phụ trách, điều hành).</summary>
    public bool WhileHeadVacant { get; init; }
}

public sealed record RevokeDelegationCommand(Guid Id, long ExpectedVersion, DateOnly? EffectiveDate) : Command;

/// <summary>Delegations: each change one write, checked, audited and logged.</summary>
public sealed class DelegationCommands(RegistryWriter writer)
{
    public Task<DelegationState> CreateAsync(CreateDelegationCommand c, WriteRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        return writer.WriteAsync(request, context =>
        {
            var errors = c.Errors();
            var from = c.ValidFrom ?? context.Today;
            var draft = DelegationInput.Check(c, from, context.Snapshot, errors);
            errors.ThrowIfAny();
            var delegation = DelegationChanges.Create(context, id, draft);
            context.CheckRules();
            return delegation;
        }, cancellationToken);
    }

    public Task<DelegationState> RevokeAsync(RevokeDelegationCommand c, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, context =>
        {
            var errors = c.Errors();
            if (c.ExpectedVersion <= 0)
            {
                errors.Add("expected_version", "The version you read is required (a positive number).");
            }

            errors.ThrowIfAny();
            var revoked = DelegationChanges.Revoke(context, c.Id, c.ExpectedVersion, c.EffectiveDate ?? context.Today);
            context.CheckRules();
            return revoked;
        }, cancellationToken);
}
