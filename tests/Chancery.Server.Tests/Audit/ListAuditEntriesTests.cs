using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;

namespace Chancery.Server.Tests.Audit;

/// <summary>ListAuditEntries filters by entity, actor, client, operation and recorded time, and pages both ways.</summary>
public abstract class ListAuditEntriesTests(HostFixture fixture)
{
    private ChanceryHost Host => fixture.Host;

    /// <summary>A machine client of its own (system administrator), so that its entries are the test's alone.</summary>
    private async Task<(string ClientId, V1.Units.UnitsClient Units)> OwnClientAsync()
    {
        var clientId = "audit-list-" + Guid.NewGuid().ToString("N")[..8];
        var secret = await Host.Tokens.RegisterClientAsync(clientId, Scopes.All, Core.Access.Role.SystemAdministrator);
        var token = await Host.Tokens.ClientCredentialsAsync(clientId, secret, Scopes.All);
        return (clientId, new V1.Units.UnitsClient(Host.With(token)));
    }

    private async Task<List<string>> CreateUnitsAsync(V1.Units.UnitsClient units, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await units.CreateRootAsync()).Id);
        }

        return ids;
    }

    private async Task<List<AuditEntry>> ListAsync(ListAuditEntriesRequest request) =>
        [.. (await Host.Audit.ListAuditEntriesAsync(request)).Entries];

    [Fact]
    public async Task ListAuditEntries_ByEntity_OnlyThatEntityInOrder()
    {
        var unit = await Host.Units.CreateRootAsync();
        await Host.Units.CreateRootAsync();
        var renamed = (await Host.Units.UpdateUnitAsync(new UpdateUnitRequest
        {
            Id = unit.Id, Name = UnitsApi.UniqueName("Tỉnh Mới"), UpdateMask = new() { Paths = { "name" } }, ExpectedVersion = unit.Version, EffectiveDate = "2025-07-01",
        })).Unit;

        var entries = await ListAsync(new ListAuditEntriesRequest { EntityKind = "unit", EntityId = unit.Id });
        var grants = await ListAsync(new ListAuditEntriesRequest { EntityKind = "grant", PageSize = 1000 });

        Assert.Equal(["/chancery.v1.Units/CreateUnit", "/chancery.v1.Units/UpdateUnit"], entries.Select(e => e.Operation));
        Assert.All(entries, e => Assert.Equal(("unit", unit.Id), (e.EntityKind, e.EntityId)));
        Assert.True(entries[0].Sequence < entries[1].Sequence);
        Assert.Equal(renamed.Name, AuditJsonAssert.LastVersion(entries[1].After).GetProperty("name").GetString());
        Assert.NotEmpty(grants);
        Assert.All(grants, e => Assert.Equal("grant", e.EntityKind));
    }

    [Fact]
    public async Task ListAuditEntries_ByOperation_OnlyThatRpc()
    {
        var (clientId, units) = await OwnClientAsync();
        var unit = await units.CreateRootAsync();
        await units.UpdateUnitAsync(new UpdateUnitRequest
        {
            Id = unit.Id, Name = UnitsApi.UniqueName("Tỉnh Đổi Tên"), UpdateMask = new() { Paths = { "name" } }, ExpectedVersion = unit.Version, EffectiveDate = "2025-07-01",
        });

        var updates = await ListAsync(new ListAuditEntriesRequest { ClientId = clientId, Operation = "/chancery.v1.Units/UpdateUnit" });
        var creates = await ListAsync(new ListAuditEntriesRequest { ClientId = clientId, Operation = "/chancery.v1.Units/CreateUnit" });

        Assert.Equal([unit.Id], updates.Select(e => e.EntityId));
        Assert.All(updates, e => Assert.Equal("/chancery.v1.Units/UpdateUnit", e.Operation));
        Assert.Equal([unit.Id], creates.Select(e => e.EntityId));
    }

    [Fact]
    public async Task ListAuditEntries_ByActorAndByClient_OnlyTheirs()
    {
        var (clientId, units) = await OwnClientAsync();
        var ids = await CreateUnitsAsync(units, 2);
        await Host.Units.CreateRootAsync();

        var byActor = await ListAsync(new ListAuditEntriesRequest { ActorId = clientId });
        var byClient = await ListAsync(new ListAuditEntriesRequest { ClientId = clientId });
        var byAdministrator = await ListAsync(new ListAuditEntriesRequest { ClientId = ChanceryHost.AdminClientId, PageSize = 1000 });

        Assert.Equal(ids, byActor.Select(e => e.EntityId));
        Assert.Equal(ids, byClient.Select(e => e.EntityId));
        Assert.DoesNotContain(byAdministrator, e => ids.Contains(e.EntityId));
    }

    [Fact]
    public async Task ListAuditEntries_ByPersonAndPortal_OnlyThePersonsChanges()
    {
        var root = await Host.Units.CreateRootAsync();
        var userName = "audit.list." + Guid.NewGuid().ToString("N")[..6];
        var user = await Host.Tokens.CreateUserAsync(userName, Core.Access.Role.UnitAdministrator, Guid.Parse(root.Id));
        var token = (await Host.Tokens.SignInAsync(userName, user.Password, Scopes.All)).AccessToken;
        var child = await new V1.Units.UnitsClient(Host.With(token)).CreateAsync(UnitsApi.UniqueName("Phòng Nội vụ"), UnitKind.Division, root);

        var entries = await ListAsync(new ListAuditEntriesRequest { ActorId = user.Id.ToString(), ClientId = TokenClient.PortalClientId });

        var entry = Assert.Single(entries);
        Assert.Equal((child.Id, userName), (entry.EntityId, entry.ActorName));
    }

    [Fact]
    public async Task ListAuditEntries_ByRecordedTime_HalfOpenRange()
    {
        var (clientId, units) = await OwnClientAsync();
        var start = Host.Clock.GetUtcNow();
        var ids = new List<string>();
        try
        {
            foreach (var minutes in new[] { 5, 10, 15 })
            {
                Host.Clock.Set(start + TimeSpan.FromMinutes(minutes));
                ids.AddRange(await CreateUnitsAsync(units, 1));
            }
        }
        finally
        {
            Host.Clock.Set(start);
        }

        string At(int minutes) => (start + TimeSpan.FromMinutes(minutes)).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ");
        var middle = await ListAsync(new ListAuditEntriesRequest { ClientId = clientId, RecordedFrom = At(10), RecordedTo = At(15) });
        var firstTwo = await ListAsync(new ListAuditEntriesRequest { ClientId = clientId, RecordedFrom = At(4), RecordedTo = At(11) });
        var fromDate = await ListAsync(new ListAuditEntriesRequest { ClientId = clientId, RecordedFrom = "2026-06-15", RecordedTo = "2026-06-16" });
        var dayBefore = await ListAsync(new ListAuditEntriesRequest { ClientId = clientId, RecordedTo = "2026-06-15" });

        Assert.Equal([ids[1]], middle.Select(e => e.EntityId));
        Assert.Equal(ids[..2], firstTwo.Select(e => e.EntityId));
        Assert.Equal(ids, fromDate.Select(e => e.EntityId));
        Assert.Empty(dayBefore);
        Assert.Equal(At(10).Replace("Z", ".000000Z"), middle[0].RecordedAt);
    }

    [Fact]
    public async Task ListAuditEntries_Paged_EveryEntryOnceBothWays()
    {
        var (clientId, units) = await OwnClientAsync();
        var ids = await CreateUnitsAsync(units, 5);

        var forward = await AllPagesAsync(new ListAuditEntriesRequest { ClientId = clientId, PageSize = 2 });
        var backward = await AllPagesAsync(new ListAuditEntriesRequest { ClientId = clientId, PageSize = 2, NewestFirst = true });

        Assert.Equal([2, 2, 1], forward.Select(p => p.Count));
        Assert.Equal(ids, forward.SelectMany(p => p).Select(e => e.EntityId));
        Assert.Equal(Enumerable.Reverse(ids), backward.SelectMany(p => p).Select(e => e.EntityId));
    }

    [Fact]
    public async Task ListAuditEntries_BadTimeOrPageToken_InvalidArgument()
    {
        await RpcAssert.InvalidArgument(() => Host.Audit.ListAuditEntriesAsync(new ListAuditEntriesRequest { RecordedFrom = "hôm qua", PageToken = "x" }).ResponseAsync,
            "recorded_from", "page_token");
    }

    private async Task<List<List<AuditEntry>>> AllPagesAsync(ListAuditEntriesRequest request)
    {
        var pages = new List<List<AuditEntry>>();
        do
        {
            var response = await Host.Audit.ListAuditEntriesAsync(request);
            pages.Add([.. response.Entries]);
            request.PageToken = response.NextPageToken;
        }
        while (request.PageToken.Length > 0 && pages.Count < 10);

        return pages;
    }
}

public sealed class ListAuditEntriesSqliteTests(SqliteFixture fixture) : ListAuditEntriesTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ListAuditEntriesPostgresTests(PostgresFixture fixture) : ListAuditEntriesTests(fixture), IClassFixture<PostgresFixture>;
