using Chancery.Core.Storage;
using Chancery.Server.Tests.Infrastructure;
using Chancery.Server.Tests.Positions;
using Chancery.V1;

namespace Chancery.Server.Tests.Delegations;

/// <summary>
/// A restarted server reads its delegations back from the database (at start, with a plain data
/// reader rather than EF Core): every delegation, of every kind and with every field set, answers
/// exactly as it did before the restart, the decision's title included (it was once not stored),
/// and so does an appointment's; ResolveAuthority gives the same signers and chains.
/// </summary>
public abstract class DelegationRestartTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Title = "Quyết định về việc phân công nhiệm vụ các thành viên Ủy ban nhân dân";

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider);

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static V1.Delegations.DelegationsClient On(ChanceryHost host) => new(host.With(host.AdminToken));

    [Fact]
    public async Task Restart_EveryDelegationAndItsBasisTitle_ReadBackUnchanged()
    {
        var before = new List<V1.Delegation>();
        Staffing s;
        V1.Appointment appointment;
        ResolveAuthorityResponse resolvedBefore;
        ListDelegationsResponse listedBefore;
        string officialId;
        await using (var host = await new ChanceryHost(provider, database.ConnectionString).StartAsync())
        {
            s = await Staffing.CreateAsync(host);
            var client = On(host);
            var basis = new Basis(Staffing.Decision) { Title = Title };
            before.Add((await client.AssignAsync(new AssignRequest(s.Assigning(s.Deputy1, "noi-vu", "giao-duc"))
            {
                Basis = basis, SupervisedUnitIds = { s.Office.Id }, RunsUnitFrom = "2017-07-01", RunsUnitTo = "2017-07-15", ValidTo = "2021-06-30",
            })).Delegation);
            before.Add((await client.AssignAsync(new AssignRequest(s.Assigning(s.Deputy2, "y-te")) { Basis = new Basis(Staffing.Decision) { Issuer = "", Date = "" } })).Delegation);
            before.Add((await client.AssignAsync(new AssignRequest(s.Assigning(s.Deputy1, "y-te")) { OverlapOnPurpose = true, Reason = "Cùng chỉ đạo phòng chống dịch", Basis = basis })).Delegation);
            before.Add((await client.AuthorizeAsync(new AuthorizeRequest(s.Authorizing()) { Basis = basis })).Delegation);
            var grant = (await client.GrantByOrderAsync(new GrantByOrderRequest(s.Granting("Công văn", "Giấy mời")) { DelegateOfficialId = s.OfficeHead.Id })).Delegation;
            before.Add((await client.GrantByOrderAsync(new GrantByOrderRequest
            {
                UnitId = s.Office.Id, DelegatorOfficialId = s.OfficeHead.Id, DelegateOfficialId = s.OfficeDeputy.Id, PassedFromId = grant.Id,
                DocumentKinds = { "Công văn" }, ValidFrom = "2016-08-01", Basis = basis,
            })).Delegation);
            await client.RevokeAsync(new RevokeRequest { Id = grant.Id, ExpectedVersion = 1, EffectiveDate = "2019-01-01", Reason = "Thu hồi" });
            before.Add(grant);
            var official = await host.Positions.CreateOfficialAsync("Quách Thị Bốn");
            var position = await host.Positions.CreatePositionAsync(s.Office, "Phó Trưởng phòng", PositionRole.Deputy, "2010-01-01");
            appointment = (await host.Positions.AppointAsync(new AppointRequest(PositionsApi.Appointing(official, position)) { Basis = basis, ValidFrom = "2016-07-01" })).Appointment;
            for (var i = 0; i < before.Count; i++)
            {
                before[i] = (await client.GetDelegationAsync(new GetDelegationRequest { Id = before[i].Id })).Delegation;
            }

            resolvedBefore = await client.ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = s.Committee.Id, AsOf = "2017-07-11" });
            listedBefore = await client.ListDelegationsAsync(new ListDelegationsRequest { UnitId = s.Committee.Id, AsOf = "2017-07-11" });
            officialId = official.Id;
            Assert.Equal(Title, before[0].Basis.Title);
            Assert.Equal("2019-01-01", before[^1].RevokedFrom);
        }

        await using var after = await new ChanceryHost(provider, database.ConnectionString).StartAsync();
        var read = On(after);
        foreach (var d in before)
        {
            Assert.Equal(d, (await read.GetDelegationAsync(new GetDelegationRequest { Id = d.Id })).Delegation);
        }

        Assert.Equal(Title, (await read.GetDelegationAsync(new GetDelegationRequest { Id = before[0].Id })).Delegation.Basis.Title);
        var appointments = (await after.Positions.ListOfficialAppointmentsAsync(new ListOfficialAppointmentsRequest { OfficialId = officialId })).Appointments;
        Assert.Equal(appointment, Assert.Single(appointments));
        Assert.Equal(Title, appointment.Basis.Title);
        Assert.Equal(resolvedBefore, await read.ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = s.Committee.Id, AsOf = "2017-07-11" }));
        Assert.Equal(5, listedBefore.Delegations.Count);
        Assert.Equal(listedBefore, await read.ListDelegationsAsync(new ListDelegationsRequest { UnitId = s.Committee.Id, AsOf = "2017-07-11" }));
    }
}

public sealed class DelegationRestartSqliteTests() : DelegationRestartTests(DatabaseProvider.Sqlite);

public sealed class DelegationRestartPostgresTests() : DelegationRestartTests(DatabaseProvider.PostgreSql);
