using Chancery.V1;
using Microsoft.EntityFrameworkCore;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>Short ways to build test hierarchies through the public API.</summary>
public static class UnitsApi
{
    private static int codes;

    /// <summary>A code no other test uses: ddd.dd.dd.T dd.</summary>
    public static string NextCode()
    {
        var n = Interlocked.Increment(ref codes);
        return $"{n / 10000 % 1000:000}.{n / 100 % 100:00}.{Random.Shared.Next(100):00}.T{n % 100:00}";
    }

    public static string UniqueName(string name) => $"{name} {Guid.NewGuid().ToString("N")[..6]}";

    public static async Task<Unit> CreateAsync(this V1.Units.UnitsClient units, string name, UnitKind kind = UnitKind.Department,
        Unit? parent = null, string validFrom = "2020-01-01", string? code = null)
    {
        var response = await units.CreateUnitAsync(new CreateUnitRequest
        {
            Name = name,
            Kind = kind,
            ParentId = parent?.Id ?? "",
            ValidFrom = validFrom,
            Code = code ?? "",
        });
        return response.Unit;
    }

    /// <summary>A new top-level province of its own, so that a test's units do not meet another test's.</summary>
    public static Task<Unit> CreateRootAsync(this V1.Units.UnitsClient units, string validFrom = "2000-01-01") =>
        units.CreateAsync(UniqueName("Tỉnh Thử nghiệm"), UnitKind.Province, null, validFrom);

    public static async Task<Unit> GetAsync(this V1.Units.UnitsClient units, string id, string asOf = "") =>
        (await units.GetUnitAsync(new GetUnitRequest { Id = id, AsOf = asOf })).Unit;

    /// <summary>What the database holds, to show that a refused call stored nothing.</summary>
    public static async Task<(long Changes, int Versions)> StoredAsync(this ChanceryHost host)
    {
        await using var db = host.CreateDbContext();
        return (await db.ChangeLog.CountAsync(), await db.UnitVersions.CountAsync() + await db.AuditEntries.CountAsync());
    }
}
