using Chancery.Core.Access;
using Chancery.Server.Tests.Infrastructure;
using Chancery.Server.Tests.Reorganizations;
using Chancery.V1;
using Google.Protobuf;
using Grpc.Core;
using static Chancery.Server.Tests.Reorganizations.Plans;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// The rows of the Reorganizations service: plans and single operations on fresh units inside or
/// outside the subtree, each needing the right first over the unit its subject names; reads of
/// lineage, plans and files on the scenario's units.
/// </summary>
public static class ReorganizationsProbes
{
    public static IEnumerable<Probe> All() =>
    [
        new("Reorganizations", "DryRunPlan", Scopes.HierarchyWrite, Expectations.HierarchyDryRun, FreshUnit,
            async (invoker, t) => t.Reported.AddRange((await Client(invoker).DryRunAsync(RenamePlan(t))).Problems)),
        Write("ApplyPlan", FreshUnit, (c, t) => c.ApplyPlanAsync(new ApplyPlanRequest { Plan = RenamePlan(t) }).ResponseAsync),
        Read("GetPlan", (s, place) => s.SharedAsync("applied plan", place, AppliedPlan), (c, t) => c.GetPlanAsync(new GetPlanRequest { PlanId = t.PlanId }).ResponseAsync),

        // The merge keeps the survivor and closes the other source: the first right it needs is over that unit.
        Write("MergeUnits",
            async (s, place) => await FreshUnit(s, place) with { Survivor = await s.NewUnitAsync(place) },
            (c, t) => c.MergeUnitsAsync(new MergeUnitsRequest
            {
                PlanId = NewId(), EffectiveDate = Reform, Basis = Basis(), Merge = Merge([Id(t.Survivor!), Id(t.Unit!)], survivor: Id(t.Survivor!)).Merge,
            }).ResponseAsync),

        // The parts are established under the source's parent: the first right it needs is over that parent.
        Write("SplitUnit",
            async (s, place) => (await FreshUnit(s, place)) with { Subject = $"units/{s.Of(place).Id}" },
            (c, t) => c.SplitUnitAsync(new SplitUnitRequest
            {
                PlanId = NewId(), EffectiveDate = Reform, Basis = Basis(),
                Split = Split(Id(t.Unit!), [Part("a"), Part("b")]).Split,
            }).ResponseAsync),
        Write("TransferUnits",
            async (s, place) => await FreshUnit(s, place) with { Parent = s.InsideBelow },
            (c, t) => c.TransferUnitsAsync(new TransferUnitsRequest
            {
                PlanId = NewId(), EffectiveDate = Reform, Basis = Basis(), Transfer = Transfer(Id(t.Parent!), [Id(t.Unit!)]).Transfer,
            }).ResponseAsync),
        Write("RenameUnit", FreshUnit,
            (c, t) => c.RenameUnitAsync(new RenameUnitRequest
            {
                PlanId = NewId(), EffectiveDate = Reform, Basis = Basis(), Rename = Rename(Id(t.Unit!), name: UnitsApi.UniqueName("Phòng Đổi tên")).Rename,
            }).ResponseAsync),
        Write("DissolveUnit", FreshUnit,
            (c, t) => c.DissolveUnitAsync(new DissolveUnitRequest
            {
                PlanId = NewId(), EffectiveDate = Reform, Basis = Basis(), Dissolve = Dissolve(Id(t.Unit!)).Dissolve,
            }).ResponseAsync),

        Read("GetLineage", ScenarioUnit, (c, t) => c.GetLineageAsync(new GetLineageRequest { UnitId = t.Unit!.Id }).ResponseAsync),
        Read("ResolveUnit", ScenarioUnit, (c, t) => c.ResolveUnitAsync(new ResolveUnitRequest { Id = t.Unit!.Id, AsOf = Reform }).ResponseAsync),
        Read("ExportHierarchy", ScenarioUnit, async (c, t) =>
        {
            using var call = c.ExportHierarchy(new ExportHierarchyRequest { Format = FileFormat.JsonLines, WithinId = t.Unit!.Id });
            await foreach (var _ in call.ResponseStream.ReadAllAsync())
            {
            }
        }),

        // A file of one new unit below the district: establishing it needs the right over the district.
        Write("ImportHierarchy",
            (s, place) => Task.FromResult(new Target($"units/{s.Of(place).Id}") { Parent = s.Of(place) }),
            (c, t) => ImportAsync(c, HierarchyFiles.Lines(new
            {
                id = HierarchyFiles.NewId(), parent_id = t.Parent!.Id, name = UnitsApi.UniqueName("Phòng Nhập"), kind = "division",
            }))),
    ];

    /// <summary>
    /// Sends the header and the file, then awaits the answer. A server that refuses the call
    /// before reading the file ends it while the client still writes: the write fails (often as
    /// CANCELLED) and the server's own status is the one the call's answer carries.
    /// </summary>
    private static async Task ImportAsync(V1.Reorganizations.ReorganizationsClient client, string file)
    {
        using var call = client.ImportHierarchy();
        try
        {
            await call.RequestStream.WriteAsync(new ImportHierarchyRequest { Header = HierarchyFiles.Header(FileFormat.JsonLines) });
            await call.RequestStream.WriteAsync(new ImportHierarchyRequest { Data = ByteString.CopyFromUtf8(file) });
            await call.RequestStream.CompleteAsync();
        }
        catch (RpcException)
        {
            // the call ended early; its answer below says how
        }

        await call.ResponseAsync;
    }

    private static V1.Reorganizations.ReorganizationsClient Client(CallInvoker invoker) => new(invoker);

    private static V1.Plan RenamePlan(Target t) => Plan(Reform, Rename(Id(t.Unit!), name: UnitsApi.UniqueName("Phòng Theo kế hoạch")));

    private static V1.NewUnit Part(string reference) => New(reference, UnitsApi.UniqueName("Phòng Tách"), UnitKind.Division);

    private static async Task<Target> FreshUnit(MatrixScenario s, Place place)
    {
        var unit = await s.NewUnitAsync(place);
        return new Target($"units/{unit.Id}") { Unit = unit };
    }

    private static async Task<Target> AppliedPlan(MatrixScenario s, Place place)
    {
        var target = await FreshUnit(s, place);
        var plan = RenamePlan(target);
        await s.Host.Reorganizations.ApplyAsync(plan);
        return target with { PlanId = plan.Id };
    }

    private static Task<Target> ScenarioUnit(MatrixScenario s, Place place) =>
        Task.FromResult(new Target { Unit = place == Place.Inside ? s.InsideBelow : s.Outside });

    private static Probe Read(string method, Func<MatrixScenario, Place, Task<Target>> prepare, Func<V1.Reorganizations.ReorganizationsClient, Target, Task> call) =>
        new("Reorganizations", method, Scopes.HierarchyRead, Expectations.HierarchyRead, prepare, (invoker, target) => call(Client(invoker), target));

    private static Probe Write(string method, Func<MatrixScenario, Place, Task<Target>> prepare, Func<V1.Reorganizations.ReorganizationsClient, Target, Task> call) =>
        new("Reorganizations", method, Scopes.HierarchyWrite, Expectations.HierarchyWrite, prepare, (invoker, target) => call(Client(invoker), target));
}
