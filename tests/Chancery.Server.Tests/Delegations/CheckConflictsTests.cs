using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Delegations;

/// <summary>CheckConflicts: authorizations (TUQ.) expiring within the days asked, on both sides of the boundary.</summary>
public abstract class CheckConflictsTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    private V1.Delegations.DelegationsClient Delegations => new(Host.With(Host.AdminToken));

    [Theory]
    [InlineData("2017-12-02", 30, true)]
    [InlineData("2017-12-01", 30, false)]
    [InlineData("2017-11-01", 0, false)]
    [InlineData("2017-11-01", 61, true)]
    [InlineData("2018-01-01", 30, false)]
    public async Task CheckConflicts_AuthorizationEnding2018_01_01_ExpiringWithinTheDays(string asOf, int days, bool expiring)
    {
        var s = await Staffing.CreateAsync(Host);
        var tuq = (await Delegations.AuthorizeAsync(s.Authorizing())).Delegation;

        var answer = await Delegations.CheckConflictsAsync(new CheckConflictsRequest { UnitId = s.Committee.Id, AsOf = asOf, ExpiringWithinDays = days });

        Assert.Equal(expiring, answer.Expiring.Any(d => d.Id == tuq.Id));
        Assert.Empty(answer.Overlaps);
    }
}

public sealed class CheckConflictsSqliteTests(SqliteFixture fixture) : CheckConflictsTests(fixture), IClassFixture<SqliteFixture>;
