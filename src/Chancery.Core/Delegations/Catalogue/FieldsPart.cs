using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Storage;
using Chancery.Core.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Core.Delegations.Catalogue;

/// <summary>The units' own fields of work as a part of the registry: loaded whole at start, then by the ids the change log names.</summary>
public sealed class FieldsPart : RegistryPart<FieldsSnapshot, FieldsDraft>
{
    public const string FieldKind = "field";

    public override FieldsSnapshot Empty => FieldsSnapshot.Empty;

    public override void AddServices(IServiceCollection services) => services.AddSingleton<FieldCommands>();

    public override async Task<FieldsSnapshot> LoadAsync(ChanceryDbContext db, CancellationToken cancellationToken) =>
        FieldsSnapshot.Build((await db.Set<UnitField>().AsNoTracking().Include(f => f.Names).AsSplitQuery().ToListAsync(cancellationToken)).Select(FieldStorage.ToState));

    public override async Task<FieldsSnapshot> CatchUpAsync(ChanceryDbContext db, FieldsSnapshot slice, ChangeSet changed, CancellationToken cancellationToken)
    {
        var ids = changed.Ids(FieldKind);
        if (ids.Count == 0)
        {
            return slice;
        }

        var rows = new List<UnitField>();
        foreach (var chunk in ids.Chunk(2000))
        {
            rows.AddRange(await db.Set<UnitField>().AsNoTracking().Include(f => f.Names).AsSplitQuery().Where(f => chunk.Contains(f.Id)).ToListAsync(cancellationToken));
        }

        return slice.With(rows.Select(FieldStorage.ToState).ToList());
    }

    public override FieldsDraft CreateDraft(FieldsSnapshot slice) => new(slice);

    /// <summary>A unit that ends takes its own fields with it: they end on the same date (audited, in the change log).</summary>
    public override void React(WriteContext context, RegistryEffect effect)
    {
        if (effect is UnitEnded ended && context.Snapshot.Fields.OfUnit(ended.UnitId).Count > 0)
        {
            FieldChanges.EndWithUnit(context, ended.UnitId, ended.Effective);
        }
    }

    public override void CheckRules(WriteContext context, RuleViolations violations)
    {
        if (context.HasDraft(this))
        {
            FieldRules.Check(context, violations);
        }
    }

    public override PartChange? Changes(WriteContext context)
    {
        var change = new FieldsChange(context.Fields);
        return change.IsEmpty ? null : change;
    }

    public override Task<FieldsSnapshot> PublishAsync(ChanceryDatabase database, FieldsSnapshot slice, PartChange? change, ChangeSet committed, CancellationToken cancellationToken) =>
        Task.FromResult(change is FieldsChange c ? slice.With(c.Fields) : slice);
}
