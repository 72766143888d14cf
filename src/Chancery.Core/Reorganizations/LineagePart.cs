using Chancery.Core.Audit;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Core.Reorganizations;

/// <summary>Lineage (predecessors and successors of units) as a part of the registry: events a plan records, rebuilt when another replica stored a plan.</summary>
public sealed class LineagePart : RegistryPart<LineageSnapshot, LineageDraft>
{
    public const string PlanKind = ChangedEntities.Plan;

    public override LineageSnapshot Empty => LineageSnapshot.Empty;

    /// <summary>Plans and the hierarchy's files, which record lineage.</summary>
    public override void AddServices(IServiceCollection services)
    {
        services.AddSingleton<PlanCommands>();
        services.AddSingleton<Files.HierarchyImporter>();
    }

    public override async Task<LineageSnapshot> LoadAsync(ChanceryDbContext db, CancellationToken cancellationToken) =>
        LineageSnapshot.Build(await db.LineageEvents.AsNoTracking().Include(e => e.Links).AsSplitQuery().ToListAsync(cancellationToken));

    public override async Task<LineageSnapshot> CatchUpAsync(ChanceryDbContext db, LineageSnapshot slice, ChangeSet changed, CancellationToken cancellationToken) =>
        changed.Any(PlanKind) ? await LoadAsync(db, cancellationToken) : slice;

    public override LineageDraft CreateDraft(LineageSnapshot slice) => new();

    public override PartChange? Changes(WriteContext context) =>
        context.Lineage.Events is { Count: > 0 } events ? new LineageChange(events) : null;

    public override Task<LineageSnapshot> PublishAsync(ChanceryDatabase database, LineageSnapshot slice, PartChange? change, ChangeSet committed, CancellationToken cancellationToken) =>
        Task.FromResult(change is LineageChange c ? slice.With(c.Events) : slice);

    /// <summary>The lineage events of a change and their links, by multi-row INSERTs (a plan records one event per operation).</summary>
    private sealed class LineageChange(IReadOnlyList<LineageEvent> events) : PartChange
    {
        public IReadOnlyList<LineageEvent> Events => events;

        public override async Task<bool> StageAsync(ChanceryDbContext db, CancellationToken cancellationToken)
        {
            await BulkInsert.InsertAsync(db, events, cancellationToken);
            var links = new List<LineageLink>();
            foreach (var e in events)
            {
                foreach (var link in e.Links)
                {
                    link.EventId = e.Id;
                    links.Add(link);
                }
            }

            await BulkInsert.InsertAsync(db, links, cancellationToken);
            return true;
        }

        /// <summary>None of its own: the plan that records the events is audited as a whole.</summary>
        public override IEnumerable<AuditRecord> AuditRecords() => [];

        public override IEnumerable<(string Kind, string Id)> Entities() => [];
    }
}

/// <summary>The lineage events a change records, stored with it and added to the read model after the commit.</summary>
public sealed class LineageDraft
{
    private readonly List<LineageEvent> events = [];

    public IReadOnlyList<LineageEvent> Events => events;

    public void Add(IEnumerable<LineageEvent> recorded) => events.AddRange(recorded);
}

/// <summary>The lineage slice of a snapshot and its draft in a write, by name.</summary>
public static class LineageRegistry
{
    extension(RegistrySnapshot snapshot)
    {
        public LineageSnapshot Lineage => snapshot.Slice<LineageSnapshot>();
    }

    extension(WriteContext context)
    {
        public LineageDraft Lineage => context.Draft<LineageDraft>();
    }
}
