using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Grpc.Core;
using static Chancery.Server.Tests.Reorganizations.Plans;

namespace Chancery.Server.Tests.Fuzzing;

/// <summary>What the fuzzed calls find: a small tree with codes, a head position held by an official, a unit's own field of work, a user; their ids in the pool.</summary>
public static class FuzzData
{
    public sealed record Created(ValuePool Pool, string RootId);

    public static async Task<Created> CreateAsync(CallInvoker invoker, CancellationToken cancellationToken)
    {
        var pool = new ValuePool();
        var units = new V1.Units.UnitsClient(invoker);
        var root = await units.CreateAsync(UnitsApi.UniqueName("Tỉnh Fuzz"), UnitKind.Province, null, "2000-01-01", UnitsApi.NextCode());
        pool.AddId(root.Id);
        pool.AddCode(root.Code);
        foreach (var name in new[] { "Sở Nội vụ", "Sở Tài chính", "Văn phòng" })
        {
            var child = await units.CreateAsync(UnitsApi.UniqueName(name), UnitKind.Department, root, "2010-01-01", UnitsApi.NextCode());
            pool.AddId(child.Id);
            pool.AddCode(child.Code);
        }

        var positions = new V1.Positions.PositionsClient(invoker);
        var head = (await positions.CreatePositionAsync(new CreatePositionRequest
        {
            UnitId = root.Id, Title = "Chủ tịch", Role = PositionRole.Head, ValidFrom = "2010-01-01",
        }, cancellationToken: cancellationToken)).Position;
        pool.AddId(head.Id);
        var official = (await positions.CreateOfficialAsync(new CreateOfficialRequest { FullName = "Nguyễn Văn Thử" }, cancellationToken: cancellationToken)).Official;
        pool.AddId(official.Id);
        var appointment = (await positions.AppointAsync(new AppointRequest
        {
            OfficialId = official.Id, PositionId = head.Id, Kind = AppointmentKind.Permanent, ValidFrom = "2020-01-01", Basis = Basis("12/QĐ-TTg"),
        }, cancellationToken: cancellationToken)).Appointment;
        pool.AddId(appointment.Id);

        var field = (await new V1.Delegations.DelegationsClient(invoker).CreateFieldAsync(new CreateFieldRequest
        {
            UnitId = root.Id, Code = "linh-vuc-thu", Name = "Lĩnh vực thử", ValidFrom = "2010-01-01", Basis = Basis("13/QĐ-UBND"),
        }, cancellationToken: cancellationToken)).Field;
        pool.AddId(field.Id);
        pool.AddCode(field.Code);

        var user = (await new V1.Access.AccessClient(invoker).CreateUserAsync(new CreateUserRequest { UserName = $"fuzz.{Guid.NewGuid():N}"[..20], DisplayName = "Fuzz" }, cancellationToken: cancellationToken)).User;
        pool.AddId(user.Id);
        return new Created(pool, root.Id);
    }
}
