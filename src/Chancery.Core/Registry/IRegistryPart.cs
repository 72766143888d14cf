using Chancery.Core.Errors;
using Chancery.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Core.Registry;

/// <summary>
/// One feature's part of the registry: its slice of the read model, how the slice is loaded and
/// caught up from the change log, the draft a write works on, the rules checked over that draft,
/// the rows and audit records a commit stores, and the part's reactions to what other parts did in
/// the same change. The writer, the state and the change-log follower know features only through
/// this seam; a part is registered once, in <see cref="RegistryParts"/>.
/// </summary>
public interface IRegistryPart
{
    /// <summary>The type of the slice in <see cref="RegistrySnapshot"/> (unique among parts).</summary>
    Type SliceType { get; }

    /// <summary>The type of the draft in <see cref="WriteContext"/> (unique among parts).</summary>
    Type DraftType { get; }

    object EmptySlice { get; }

    /// <summary>The feature's own services (its commands), registered with the core's.</summary>
    void AddServices(IServiceCollection services);

    /// <summary>The whole slice, from the database (at start, or when a catch-up is too large).</summary>
    Task<object> LoadAsync(ChanceryDbContext db, CancellationToken cancellationToken);

    /// <summary>The slice after the changes other replicas committed, named by the change log.</summary>
    Task<object> CatchUpAsync(ChanceryDbContext db, object slice, ChangeSet changed, CancellationToken cancellationToken);

    object CreateDraft(object slice);

    /// <summary>What this part does when another part (or itself) raises an effect in a change.</summary>
    void React(WriteContext context, RegistryEffect effect);

    /// <summary>The part's rules over everything drafted in the change.</summary>
    void CheckRules(WriteContext context, RuleViolations violations);

    /// <summary>What the change does to this part, or null when it does nothing.</summary>
    PartChange? Changes(WriteContext context);

    /// <summary>The slice after this process committed the change (<paramref name="change"/> null when the part had none).</summary>
    Task<object> PublishAsync(ChanceryDatabase database, object slice, PartChange? change, ChangeSet committed, CancellationToken cancellationToken);
}

/// <summary>What one change does to one part: its rows (staged on the change's transaction), audit records and change-log mentions.</summary>
public abstract class PartChange
{
    /// <summary>False, if another writer changed one of the rows first (the writer then runs the command again).</summary>
    public abstract Task<bool> StageAsync(ChanceryDbContext db, CancellationToken cancellationToken);

    public abstract IEnumerable<Audit.AuditRecord> AuditRecords();

    public abstract IEnumerable<(string Kind, string Id)> Entities();
}

/// <summary>Something a change did that other parts may react to (e.g. a unit ended; an appointment ended).</summary>
public abstract record RegistryEffect;
