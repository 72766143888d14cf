using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Core.Units;

/// <summary>The hierarchy's part of the registry: units and their versions over time.</summary>
public sealed class UnitsPart : RegistryPart<UnitsSnapshot, UnitsDraft>
{
    public const string Kind = ChangedEntities.Unit;

    /// <summary>Above this many changed units a catch-up rebuilds the slice instead.</summary>
    private const int IncrementalLimit = 20_000;

    public override UnitsSnapshot Empty => UnitsSnapshot.Empty;

    public override void AddServices(IServiceCollection services) => services.AddSingleton<UnitCommands>();

    public override async Task<UnitsSnapshot> LoadAsync(ChanceryDbContext db, CancellationToken cancellationToken) =>
        UnitsSnapshot.Build(await LoadUnitsAsync(db, null, cancellationToken));

    public override async Task<UnitsSnapshot> CatchUpAsync(ChanceryDbContext db, UnitsSnapshot slice, ChangeSet changed, CancellationToken cancellationToken)
    {
        var ids = changed.Ids(Kind);
        return ids.Count switch
        {
            0 => slice,
            > IncrementalLimit => await LoadAsync(db, cancellationToken),
            _ => slice.With(await LoadUnitsAsync(db, ids, cancellationToken)),
        };
    }

    public override UnitsDraft CreateDraft(UnitsSnapshot slice) => new(slice);

    public override void CheckRules(WriteContext context, RuleViolations violations)
    {
        if (context.HasDraft(this))
        {
            UnitRules.Check(context.Units, context.Units.Changed.Select(u => u.Id).ToList(), violations);
        }
    }

    public override PartChange? Changes(WriteContext context) =>
        context.ChangedUnits() is { Count: > 0 } units ? new UnitsChange(context.Units, units) : null;

    public override Task<UnitsSnapshot> PublishAsync(ChanceryDatabase database, UnitsSnapshot slice, PartChange? change, ChangeSet committed, CancellationToken cancellationToken) =>
        Task.FromResult(change is UnitsChange units ? slice.With(units.Units) : slice);

    private static async Task<List<UnitState>> LoadUnitsAsync(ChanceryDbContext db, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        var units = db.Units.AsNoTracking();
        var versions = db.UnitVersions.AsNoTracking();
        if (ids is not null)
        {
            units = units.Where(u => ids.Contains(u.Id));
            versions = versions.Where(v => ids.Contains(v.UnitId));
        }

        var heads = await units.Select(u => new { u.Id, u.Version }).ToListAsync(cancellationToken);
        var rows = await versions.ToListAsync(cancellationToken);
        var byUnit = rows.ToLookup(v => v.UnitId);
        return heads
            .Select(u => UnitStorage.ToState(new Unit { Id = u.Id, Version = u.Version, Versions = byUnit[u.Id].ToList() }))
            .ToList();
    }
}
