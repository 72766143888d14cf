using Chancery.Core.Errors;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Core.Delegations;

/// <summary>Delegations as a part of the registry: loaded whole at start, then by the ids the change log names.</summary>
public sealed class DelegationsPart : RegistryPart<DelegationsSnapshot, DelegationsDraft>
{
    public const string DelegationKind = "delegation";

    public override DelegationsSnapshot Empty => DelegationsSnapshot.Empty;

    public override void AddServices(IServiceCollection services) => services.AddSingleton<DelegationCommands>();

    public override async Task<DelegationsSnapshot> LoadAsync(ChanceryDbContext db, CancellationToken cancellationToken) =>
        DelegationsSnapshot.Build(await DelegationRows.ReadAllAsync(db, cancellationToken));

    public override async Task<DelegationsSnapshot> CatchUpAsync(ChanceryDbContext db, DelegationsSnapshot slice, ChangeSet changed, CancellationToken cancellationToken)
    {
        var ids = changed.Ids(DelegationKind);
        if (ids.Count == 0)
        {
            return slice;
        }

        var rows = new List<Delegation>();
        foreach (var chunk in ids.Chunk(2000))
        {
            rows.AddRange(await db.Set<Delegation>().AsNoTracking().Where(d => chunk.Contains(d.Id)).ToListAsync(cancellationToken));
        }

        return slice.With(rows.Select(DelegationStorage.ToState).ToList());
    }

    public override DelegationsDraft CreateDraft(DelegationsSnapshot slice) => new(slice);

    /// <summary>
    /// An appointment that ends takes the delegations resting on it with it: their end is recorded
    /// (audited, in the change log), though in valid time they would end on that date anyway.
    /// </summary>
    public override void React(WriteContext context, RegistryEffect effect)
    {
        if (effect is AppointmentEnded ended && context.Snapshot.Delegations.RestingOn(ended.Appointment.Id).Count > 0)
        {
            DelegationChanges.EndWith(context, ended.Appointment.Id, ended.Effective);
        }
    }

    public override void CheckRules(WriteContext context, RuleViolations violations)
    {
        if (context.HasDraft(this))
        {
            DelegationRules.Check(context, violations);
        }
    }

    public override PartChange? Changes(WriteContext context)
    {
        var change = new DelegationsChange(context.Delegations);
        return change.IsEmpty ? null : change;
    }

    public override Task<DelegationsSnapshot> PublishAsync(ChanceryDatabase database, DelegationsSnapshot slice, PartChange? change, ChangeSet committed, CancellationToken cancellationToken) =>
        Task.FromResult(change is DelegationsChange c ? slice.With(c.Delegations) : slice);
}
