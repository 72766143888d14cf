using Chancery.Core.Delegations;
using Chancery.Core.Errors;
using Chancery.Core.Regulations.Text;
using Chancery.Core.Registry;

namespace Chancery.Core.Regulations;

public sealed record CreateRegulationCommand(Guid UnitId, RegulationKind Kind, string? Title, int? Year, Guid? ReplacesId) : Command;

public sealed record CreateVersionCommand(
    Guid RegulationId, bool CopyInForce, Guid? AmendsId, IReadOnlyList<AmendmentOperation> Operations, IReadOnlyList<Provision> Body, string? Title) : Command;

public sealed record UpdateDraftCommand(Guid Id, long ExpectedVersion, IReadOnlyList<Provision> Body, IReadOnlyList<AmendmentOperation> Operations, string? Title) : Command;

public sealed record SubmitVersionCommand(Guid Id, long ExpectedVersion) : Command;

/// <summary>The decision as a request gives it: the signer's name, position and block are answered by ResolveAuthority.</summary>
public sealed record DecisionInput(string? Number, DateOnly? Date, Guid SignerOfficialId, SigningForm Form, string? Title);

public sealed record IssueVersionCommand(Guid Id, long ExpectedVersion, DecisionInput Decision, DateOnly? EffectiveFrom) : Command;

public sealed record RepealRegulationCommand(Guid Id, long ExpectedVersion, DateOnly? EffectiveDate, DecisionInput Decision) : Command;

/// <summary>Regulations: each change one write, checked, authorized, audited and logged.</summary>
public sealed class RegulationCommands(RegistryWriter writer)
{
    public Task<RegulationState> CreateRegulationAsync(CreateRegulationCommand c, WriteRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        return writer.WriteAsync(request, context => Checked(context, RegulationChanges.CreateRegulation(context, id, c)), cancellationToken);
    }

    public Task<VersionState> CreateVersionAsync(CreateVersionCommand c, WriteRequest request, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        return writer.WriteAsync(request, context => Checked(context, RegulationChanges.CreateVersion(context, id, c)), cancellationToken);
    }

    public Task<VersionState> UpdateDraftAsync(UpdateDraftCommand c, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, context => Checked(context, RegulationChanges.UpdateDraft(context, c)), cancellationToken);

    public Task<VersionState> SubmitAsync(SubmitVersionCommand c, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, context => Checked(context, RegulationChanges.Submit(context, c)), cancellationToken);

    public Task<VersionState> IssueAsync(IssueVersionCommand c, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, context => Checked(context, RegulationChanges.Issue(context, c)), cancellationToken);

    public Task<RegulationState> RepealAsync(RepealRegulationCommand c, WriteRequest request, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, context => Checked(context, RegulationChanges.Repeal(context, c)), cancellationToken);

    private static T Checked<T>(WriteContext context, T result)
    {
        context.CheckRules();
        return result;
    }
}
