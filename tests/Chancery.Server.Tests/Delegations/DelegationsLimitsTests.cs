using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Delegations;

/// <summary>The longest input the contract accepts is stored on every provider; longer lists are refused as bad input, never INTERNAL.</summary>
public abstract class DelegationsLimitsTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Delegations.DelegationsClient Delegations => new(Host.With(Host.AdminToken));

    [Fact]
    public async Task Longest_AcceptedInput_Stored()
    {
        var s = await Staffing.CreateAsync(Host);
        await Delegations.AssignAsync(s.Assigning(s.Deputy1, "y-te"));
        var kinds = Enumerable.Range(0, 16).Select(i => $"{i:D2}" + new string('k', 198)).ToArray();

        var grant = (await Delegations.GrantByOrderAsync(s.Granting(kinds))).Delegation;
        var overlap = (await Delegations.AssignAsync(new AssignRequest(s.Assigning(s.Deputy2, "y-te")) { OverlapOnPurpose = true, Reason = new string('r', 2000) })).Delegation;

        Assert.Equal(16, grant.DocumentKinds.Count);
        Assert.Equal(2000, overlap.OverlapReason.Length);
    }

    [Fact]
    public async Task TooManyKindsOrFarDates_InvalidArgumentOrAnswered()
    {
        var s = await Staffing.CreateAsync(Host);

        await RpcAssert.InvalidArgument(() => Delegations.GrantByOrderAsync(s.Granting([.. Enumerable.Range(0, 17).Select(i => $"Loại {i}")])).ResponseAsync, "document_kinds");
        var far = await Delegations.CheckConflictsAsync(new CheckConflictsRequest { UnitId = s.Committee.Id, AsOf = "9999-12-30", ExpiringWithinDays = 3000 });

        Assert.Empty(far.Expiring);
    }
}

public sealed class DelegationsLimitsSqliteTests(SqliteFixture fixture) : DelegationsLimitsTests(fixture), IClassFixture<SqliteFixture>;

public sealed class DelegationsLimitsPostgresTests(PostgresFixture fixture) : DelegationsLimitsTests(fixture), IClassFixture<PostgresFixture>;
