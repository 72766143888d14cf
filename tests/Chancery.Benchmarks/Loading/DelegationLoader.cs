using Chancery.Benchmarks.Delegations;
using Chancery.Core.Storage;

namespace Chancery.Benchmarks.Loading;

/// <summary>
/// Generated delegations into the database after the staffing, by multi-row INSERTs
/// (<see cref="BulkInsert"/>) on the loader's transaction: the grants first, then the pass-ons that
/// name them (a foreign key), each in key order.
/// </summary>
internal static class DelegationLoader
{
    public static async Task InsertAsync(ChanceryDbContext db, NationalDelegations delegations, CancellationToken cancellationToken)
    {
        foreach (var passedOn in new[] { false, true })
        {
            await BulkInsert.InsertAsync(db, [.. delegations.Rows.Where(d => d.PassedFromId is not null == passedOn).OrderBy(d => d.Id.ToString(), StringComparer.Ordinal)], cancellationToken);
        }
    }
}
