using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Core.Regulations;

/// <summary>Working regulations as a part of the registry: loaded whole at start, then by the ids the change log names.</summary>
public sealed class RegulationsPart : RegistryPart<RegulationsSnapshot, RegulationsDraft>
{
    public const string RegulationKind = "regulation";
    public const string VersionKind = "regulation-version";

    public override RegulationsSnapshot Empty => RegulationsSnapshot.Empty;

    public override void AddServices(IServiceCollection services) => services.AddSingleton<RegulationCommands>();

    public override async Task<RegulationsSnapshot> LoadAsync(ChanceryDbContext db, CancellationToken cancellationToken)
    {
        var regulations = await db.Set<Regulation>().AsNoTracking().ToListAsync(cancellationToken);
        var versions = await db.Set<RegulationVersion>().AsNoTracking().OrderBy(v => v.Number).ToListAsync(cancellationToken);
        return RegulationsSnapshot.Build(regulations.Select(RegulationStorage.ToState), versions.Select(RegulationStorage.ToState));
    }

    public override async Task<RegulationsSnapshot> CatchUpAsync(ChanceryDbContext db, RegulationsSnapshot slice, ChangeSet changed, CancellationToken cancellationToken)
    {
        var regulationIds = changed.Ids(RegulationKind);
        var versionIds = changed.Ids(VersionKind);
        if (regulationIds.Count == 0 && versionIds.Count == 0)
        {
            return slice;
        }

        var regulations = new List<Regulation>();
        foreach (var chunk in regulationIds.Chunk(2000))
        {
            regulations.AddRange(await db.Set<Regulation>().AsNoTracking().Where(r => chunk.Contains(r.Id)).ToListAsync(cancellationToken));
        }

        var versions = new List<RegulationVersion>();
        foreach (var chunk in versionIds.Chunk(2000))
        {
            versions.AddRange(await db.Set<RegulationVersion>().AsNoTracking().Where(v => chunk.Contains(v.Id)).ToListAsync(cancellationToken));
        }

        return slice.With(regulations.Select(RegulationStorage.ToState).ToList(), versions.OrderBy(v => v.Number).Select(RegulationStorage.ToState).ToList());
    }

    public override RegulationsDraft CreateDraft(RegulationsSnapshot slice) => new(slice);

    public override void CheckRules(WriteContext context, RuleViolations violations)
    {
        if (context.HasDraft(this))
        {
            RegulationRules.Check(context, violations);
        }
    }

    public override PartChange? Changes(WriteContext context)
    {
        var change = new RegulationsChange(context.Regulations);
        return change.IsEmpty ? null : change;
    }

    public override Task<RegulationsSnapshot> PublishAsync(ChanceryDatabase database, RegulationsSnapshot slice, PartChange? change, ChangeSet committed, CancellationToken cancellationToken) =>
        Task.FromResult(change is RegulationsChange c ? slice.With(c.Regulations, c.Versions) : slice);
}
