using Chancery.Benchmarks.Staffing;
using Chancery.Core.Storage;

namespace Chancery.Benchmarks.Loading;

/// <summary>Generated officials, positions and appointments into the database, by multi-row INSERTs (<see cref="BulkInsert"/>) on the loader's transaction.</summary>
internal static class StaffingLoader
{
    public static async Task InsertAsync(ChanceryDbContext db, NationalStaffing staffing, CancellationToken cancellationToken)
    {
        // in key order, so that the primary keys' B-trees are appended to
        await BulkInsert.InsertAsync(db, [.. staffing.Officials.OrderBy(o => o.Id.ToString(), StringComparer.Ordinal)], cancellationToken);
        await BulkInsert.InsertAsync(db, [.. staffing.Positions.OrderBy(p => p.Id.ToString(), StringComparer.Ordinal)], cancellationToken);
        await BulkInsert.InsertAsync(db, [.. staffing.Appointments.OrderBy(a => a.Id.ToString(), StringComparer.Ordinal)], cancellationToken);
    }
}
