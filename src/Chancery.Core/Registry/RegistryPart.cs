using Chancery.Core.Errors;
using Chancery.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Core.Registry;

/// <summary>A typed <see cref="IRegistryPart"/>: a feature overrides what it has and inherits the rest.</summary>
public abstract class RegistryPart<TSlice, TDraft> : IRegistryPart
    where TSlice : class
    where TDraft : class
{
    public Type SliceType => typeof(TSlice);

    public Type DraftType => typeof(TDraft);

    public abstract TSlice Empty { get; }

    public virtual void AddServices(IServiceCollection services)
    {
    }

    object IRegistryPart.EmptySlice => Empty;

    public abstract Task<TSlice> LoadAsync(ChanceryDbContext db, CancellationToken cancellationToken);

    public abstract Task<TSlice> CatchUpAsync(ChanceryDbContext db, TSlice slice, ChangeSet changed, CancellationToken cancellationToken);

    public abstract TDraft CreateDraft(TSlice slice);

    public virtual void React(WriteContext context, RegistryEffect effect)
    {
    }

    public virtual void CheckRules(WriteContext context, RuleViolations violations)
    {
    }

    public virtual PartChange? Changes(WriteContext context) => null;

    /// <summary>By default: caught up from what the change committed, as another replica would.</summary>
    public virtual async Task<TSlice> PublishAsync(ChanceryDatabase database, TSlice slice, PartChange? change, ChangeSet committed, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await CatchUpAsync(db, slice, committed, cancellationToken);
    }

    async Task<object> IRegistryPart.LoadAsync(ChanceryDbContext db, CancellationToken cancellationToken) => await LoadAsync(db, cancellationToken);

    async Task<object> IRegistryPart.CatchUpAsync(ChanceryDbContext db, object slice, ChangeSet changed, CancellationToken cancellationToken) =>
        await CatchUpAsync(db, (TSlice)slice, changed, cancellationToken);

    object IRegistryPart.CreateDraft(object slice) => CreateDraft((TSlice)slice);

    async Task<object> IRegistryPart.PublishAsync(ChanceryDatabase database, object slice, PartChange? change, ChangeSet committed, CancellationToken cancellationToken) =>
        await PublishAsync(database, (TSlice)slice, change, committed, cancellationToken);
}
