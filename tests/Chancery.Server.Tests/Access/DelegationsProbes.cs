using Chancery.Core.Access;
using Chancery.Server.Tests.Delegations;
using Chancery.Server.Tests.Infrastructure;
using Chancery.Server.Tests.Positions;
using Chancery.V1;
using Grpc.Core;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// The rows of the Delegations service: a fresh unit inside or outside the subtree, staffed with a
/// head (Chủ tịch), a deputy and a subordinate unit with its head, made by a system administrator;
/// each change needs the right over that unit for the delegation's period.
/// </summary>
public static class DelegationsProbes
{
    private const string Reason = "Kiểm tra ma trận quyền";
    private const string From = "2021-01-01";

    public static IEnumerable<Probe> All() =>
    [
        Read("ListFields", SharedFieldUnit, (c, t) => c.ListFieldsAsync(new ListFieldsRequest { Query = "noi vu", UnitId = t.Unit!.Id }).ResponseAsync),
        Write("CreateField", StaffedUnit,
            (c, t) => c.CreateFieldAsync(new CreateFieldRequest
            {
                UnitId = t.Unit!.Id, Code = "chuyen-doi-so", Name = "Chuyển đổi số", ValidFrom = From, Basis = Staffing.Decision, Reason = Reason,
            }).ResponseAsync),
        Write("RenameField", FieldUnit,
            (c, t) => c.RenameFieldAsync(new RenameFieldRequest
            {
                Id = t.Field!.Id, ExpectedVersion = t.Field.Version, Name = "Chuyển đổi số và đổi mới sáng tạo", EffectiveDate = "2024-01-01", Basis = Staffing.Decision, Reason = Reason,
            }).ResponseAsync),
        Write("CloseField", FieldUnit,
            (c, t) => c.CloseFieldAsync(new CloseFieldRequest { Id = t.Field!.Id, ExpectedVersion = t.Field.Version, EffectiveDate = "2024-01-01", Reason = Reason }).ResponseAsync),
        Read("GetField", SharedFieldUnit, (c, t) => c.GetFieldAsync(new GetFieldRequest { Id = t.Field!.Id }).ResponseAsync),
        Write("Assign", StaffedUnit, (c, t) => c.AssignAsync(Assigning(t)).ResponseAsync),
        Write("Authorize", StaffedUnit,
            (c, t) => c.AuthorizeAsync(new AuthorizeRequest
            {
                UnitId = t.Unit!.Id, DelegatorOfficialId = t.Official!.Id, DelegateOfficialId = t.SubordinateHead!.Id,
                Scope = "Ký hợp đồng", DocumentKinds = { "Hợp đồng" }, ValidFrom = From, ValidTo = "2022-01-01", Basis = Staffing.Decision, Reason = Reason,
            }).ResponseAsync),
        Write("GrantByOrder", StaffedUnit,
            (c, t) => c.GrantByOrderAsync(new GrantByOrderRequest
            {
                UnitId = t.Unit!.Id, DelegatorOfficialId = t.Official!.Id, DelegateOfficialId = t.SubordinateHead!.Id,
                DocumentKinds = { "Công văn" }, ValidFrom = From, Basis = Staffing.Decision, Reason = Reason,
            }).ResponseAsync),
        Write("Revoke", DelegatedUnit,
            (c, t) => c.RevokeAsync(new RevokeRequest { Id = t.Delegation!.Id, ExpectedVersion = t.Delegation.Version, EffectiveDate = "2024-01-01", Reason = Reason }).ResponseAsync),
        Read("GetDelegation", SharedDelegatedUnit, (c, t) => c.GetDelegationAsync(new GetDelegationRequest { Id = t.Delegation!.Id }).ResponseAsync),
        Read("ListDelegations", SharedDelegatedUnit, (c, t) => c.ListDelegationsAsync(new ListDelegationsRequest { UnitId = t.Unit!.Id }).ResponseAsync),
        Read("CheckConflicts", SharedDelegatedUnit, (c, t) => c.CheckConflictsAsync(new CheckConflictsRequest { UnitId = t.Unit!.Id }).ResponseAsync),
        Read("ResolveAuthority", SharedDelegatedUnit,
            (c, t) => c.ResolveAuthorityAsync(new ResolveAuthorityRequest { UnitId = t.Unit!.Id, FieldCode = "noi-vu" }).ResponseAsync),
    ];

    private static V1.Delegations.DelegationsClient Client(CallInvoker invoker) => new(invoker);

    private static AssignRequest Assigning(Target t) => new()
    {
        UnitId = t.Unit!.Id, DelegatorOfficialId = t.Official!.Id, DelegateOfficialId = t.Delegate!.Id, FieldCodes = { "noi-vu" },
        ValidFrom = From, Basis = Staffing.Decision, Reason = Reason,
    };

    /// <summary>A fresh unit with a field of its own from <see cref="From"/>.</summary>
    private static async Task<Target> FieldUnit(MatrixScenario s, Place place)
    {
        var unit = await s.NewUnitAsync(place);
        var field = (await new V1.Delegations.DelegationsClient(s.Host.With(s.Host.AdminToken)).CreateFieldAsync(new CreateFieldRequest
        {
            UnitId = unit.Id, Code = "chuyen-doi-so", Name = "Chuyển đổi số", ValidFrom = From, Basis = Staffing.Decision, Reason = Reason,
        })).Field;
        return new Target($"units/{unit.Id}") { Unit = unit, Field = field };
    }

    private static Task<Target> SharedFieldUnit(MatrixScenario s, Place place) => s.SharedAsync("field unit", place, FieldUnit);

    /// <summary>A fresh unit with a head and a deputy appointed from <see cref="From"/>, and a unit below it with its head.</summary>
    private static async Task<Target> StaffedUnit(MatrixScenario s, Place place)
    {
        var positions = s.Host.Positions;
        var unit = await s.NewUnitAsync(place);
        var head = await positions.CreatePositionAsync(unit, "Trưởng phòng", PositionRole.Head, "2020-01-01");
        var deputy = await positions.CreatePositionAsync(unit, "Phó Trưởng phòng", PositionRole.Deputy, "2020-01-01");
        var below = await s.Host.Units.CreateAsync(UnitsApi.UniqueName("Tổ Thử"), UnitKind.Team, unit, "2020-01-01");
        var belowHead = await positions.CreatePositionAsync(below, "Tổ trưởng", PositionRole.Head, "2020-01-01");
        var chief = await positions.CreateOfficialAsync("Nguyễn Văn Trưởng");
        var second = await positions.CreateOfficialAsync("Trần Văn Phó");
        var team = await positions.CreateOfficialAsync("Lê Văn Tổ");
        await positions.AppointAsync(chief, head, validFrom: From);
        await positions.AppointAsync(second, deputy, validFrom: From);
        await positions.AppointAsync(team, belowHead, validFrom: From);
        return new Target($"units/{unit.Id}") { Unit = unit, Official = chief, Delegate = second, SubordinateHead = team };
    }

    /// <summary>A staffed unit whose deputy holds a field from <see cref="From"/>.</summary>
    private static async Task<Target> DelegatedUnit(MatrixScenario s, Place place)
    {
        var target = await StaffedUnit(s, place);
        var delegation = (await new V1.Delegations.DelegationsClient(s.Host.With(s.Host.AdminToken)).AssignAsync(Assigning(target))).Delegation;
        return target with { Delegation = delegation };
    }

    private static Task<Target> SharedDelegatedUnit(MatrixScenario s, Place place) => s.SharedAsync("delegated unit", place, DelegatedUnit);

    private static Probe Read(string method, Func<MatrixScenario, Place, Task<Target>> prepare, Func<V1.Delegations.DelegationsClient, Target, Task> call) =>
        new("Delegations", method, Scopes.DelegationsRead, Expectations.DelegationsRead, prepare, (invoker, target) => call(Client(invoker), target));

    private static Probe Write(string method, Func<MatrixScenario, Place, Task<Target>> prepare, Func<V1.Delegations.DelegationsClient, Target, Task> call) =>
        new("Delegations", method, Scopes.DelegationsWrite, Expectations.DelegationsWrite, prepare, (invoker, target) => call(Client(invoker), target));
}
