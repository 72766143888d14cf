using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Chancery.Server.Tests.Access;

/// <summary>The rows of the Units service: reads on a unit inside or outside the subtree; changes on fresh units.</summary>
public static class UnitsProbes
{
    private const string Reason = "Kiểm tra ma trận quyền";

    public static IEnumerable<Probe> All() =>
    [
        Read("GetUnit", (c, t) => c.GetUnitAsync(new GetUnitRequest { Id = t.Unit!.Id }).ResponseAsync),
        Read("ListChildren", (c, t) => c.ListChildrenAsync(new ListChildrenRequest { ParentId = t.Unit!.Id }).ResponseAsync),
        Read("GetAncestors", (c, t) => c.GetAncestorsAsync(new GetAncestorsRequest { Id = t.Unit!.Id }).ResponseAsync),
        Read("StreamSubtree", async (c, t) =>
        {
            using var call = c.StreamSubtree(new StreamSubtreeRequest { Id = t.Unit!.Id });
            await foreach (var _ in call.ResponseStream.ReadAllAsync())
            {
            }
        }),
        Read("SearchUnits", (c, t) => c.SearchUnitsAsync(new SearchUnitsRequest { Query = "Huyện", WithinId = t.Unit!.Id }).ResponseAsync),
        Read("GetUnitHistory", (c, t) => c.GetUnitHistoryAsync(new GetUnitHistoryRequest { Id = t.Unit!.Id }).ResponseAsync),

        Write("CreateUnit",
            (s, place) => Task.FromResult(new Target($"units/{s.Of(place).Id}") { Parent = s.Of(place) }),
            (c, t) => c.CreateUnitAsync(new CreateUnitRequest
            {
                Name = UnitsApi.UniqueName("Phòng Mới"), Kind = UnitKind.Division, ParentId = t.Parent!.Id, ValidFrom = "2021-01-01", Reason = Reason,
            }).ResponseAsync),
        Write("UpdateUnit", FreshUnit,
            (c, t) => c.UpdateUnitAsync(new UpdateUnitRequest
            {
                Id = t.Unit!.Id, Name = UnitsApi.UniqueName("Phòng Đổi tên"), UpdateMask = new FieldMask { Paths = { "name" } },
                ExpectedVersion = t.Unit.Version, EffectiveDate = "2024-01-01", Reason = Reason,
            }).ResponseAsync),
        Write("MoveUnit",
            async (s, place) => await FreshUnit(s, place) with { Parent = s.InsideBelow },
            (c, t) => c.MoveUnitAsync(new MoveUnitRequest
            {
                Id = t.Unit!.Id, NewParentId = t.Parent!.Id, ExpectedVersion = t.Unit.Version, EffectiveDate = "2024-01-01", Reason = Reason,
            }).ResponseAsync),
        Write("CloseUnit", FreshUnit,
            (c, t) => c.CloseUnitAsync(new CloseUnitRequest
            {
                Id = t.Unit!.Id, ExpectedVersion = t.Unit.Version, EffectiveDate = "2025-01-01", Reason = Reason,
            }).ResponseAsync),
    ];

    private static async Task<Target> FreshUnit(MatrixScenario s, Place place)
    {
        var unit = await s.NewUnitAsync(place);
        return new Target($"units/{unit.Id}") { Unit = unit };
    }

    private static Probe Read(string method, Func<V1.Units.UnitsClient, Target, Task> call) =>
        new("Units", method, Scopes.HierarchyRead, Expectations.HierarchyRead,
            (s, place) => Task.FromResult(new Target { Unit = place == Place.Inside ? s.InsideBelow : s.Outside }),
            (invoker, target) => call(new V1.Units.UnitsClient(invoker), target));

    private static Probe Write(string method, Func<MatrixScenario, Place, Task<Target>> prepare, Func<V1.Units.UnitsClient, Target, Task> call) =>
        new("Units", method, Scopes.HierarchyWrite, Expectations.HierarchyWrite, prepare,
            (invoker, target) => call(new V1.Units.UnitsClient(invoker), target));
}
