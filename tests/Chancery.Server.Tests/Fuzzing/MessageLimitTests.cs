using Chancery.Server.Grpc;
using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using Google.Protobuf;
using Grpc.Core;
using static Chancery.Server.Tests.Reorganizations.Plans;

namespace Chancery.Server.Tests.Fuzzing;

/// <summary>
/// Each service's message limit is both gRPC's and Kestrel's (issue 9, defect 6): over real
/// Kestrel, a plan above Kestrel's default body size of 30,000,000 bytes is answered, and a
/// message above a service's limit is RESOURCE_EXHAUSTED naming the limit, not UNKNOWN.
/// </summary>
public sealed class MessageLimitTests(KestrelFixture fixture) : IClassFixture<KestrelFixture>
{
    [Fact]
    public async Task DryRunPlan_PlanOfThirtyThreeMegabytes_Answered()
    {
        var units = new V1.Units.UnitsClient(fixture.Host.Invoker);
        var province = await units.CreateRootAsync();
        var name = new string('Ệ', 280);
        var shortName = new string('Ệ', 100);
        var operations = Enumerable.Range(0, 26_000)
            .Select(i =>
            {
                var unit = New($"u{i}", $"Phòng {i:00000} {name}", UnitKind.Division, Id(province));
                unit.ShortName = shortName;
                return Establish(unit, label: $"op {i} {new string('x', 100)}");
            })
            .ToArray();
        var plan = Plan(Reform, operations);
        var size = plan.CalculateSize();
        Assert.InRange(size, 33_000_000, MessageLimits.Plans);

        var result = await new V1.Reorganizations.ReorganizationsClient(fixture.Host.Invoker).DryRunPlanAsync(new DryRunPlanRequest { Plan = plan });

        Assert.Empty(result.Result.Problems);
        Assert.Equal(26_000, result.Result.Counts.Created);
    }

    [Fact]
    public async Task DryRunPlan_MessageAboveItsLimit_ResourceExhaustedNamingTheLimit()
    {
        var method = ReorganizationsReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.ServiceDescriptor>("Reorganizations").FindMethodByName("DryRunPlan");

        var failure = await RawCalls.FailureAsync(fixture.Host.Invoker, method, new byte[MessageLimits.Plans + 1], CancellationToken.None);

        Assert.NotNull(failure);
        Assert.Equal(StatusCode.ResourceExhausted, failure.StatusCode);
        Assert.Contains($"{MessageLimits.Plans} bytes", failure.Status.Detail);
    }

    [Fact]
    public async Task GetUnit_MessageAboveTheUnitsLimit_ResourceExhaustedNamingTheLimit()
    {
        var units = new V1.Units.UnitsClient(fixture.Host.Invoker);

        var failure = await Assert.ThrowsAsync<RpcException>(() => units.GetUnitAsync(new GetUnitRequest { Id = new string('a', MessageLimits.Units) }).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, failure.StatusCode);
        Assert.Contains($"{MessageLimits.Units} bytes", failure.Status.Detail);
    }

    [Fact]
    public async Task VerifyAudit_MessageAboveTheAuditLimit_ResourceExhausted()
    {
        var method = AuditReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.ServiceDescriptor>("Audit").FindMethodByName("VerifyAudit");

        var failure = await RawCalls.FailureAsync(fixture.Host.Invoker, method, new byte[MessageLimits.Audit + 1], CancellationToken.None);

        Assert.Equal(StatusCode.ResourceExhausted, failure?.StatusCode);
        Assert.Contains($"{MessageLimits.Audit} bytes", failure!.Status.Detail);
    }

    [Fact]
    public async Task GetUnit_MessageJustWithinTheUnitsLimit_ReachesTheService()
    {
        var units = new V1.Units.UnitsClient(fixture.Host.Invoker);
        var request = new GetUnitRequest { Id = new string('a', MessageLimits.Units - 16) };
        Assert.True(request.CalculateSize() <= MessageLimits.Units);

        var failure = await Assert.ThrowsAsync<RpcException>(() => units.GetUnitAsync(request).ResponseAsync);

        Assert.NotEqual(StatusCode.ResourceExhausted, failure.StatusCode);
        Assert.NotEqual(StatusCode.Unknown, failure.StatusCode);
    }

    [Fact]
    public async Task GetLineage_MessageAboveTheReorganizationsLimit_ResourceExhaustedThoughPlansTakeMore()
    {
        var method = ReorganizationsReflection.Descriptor.Services.Single().FindMethodByName("GetLineage");

        var failure = await RawCalls.FailureAsync(fixture.Host.Invoker, method, new byte[MessageLimits.Reorganizations + 1], CancellationToken.None);

        Assert.Equal(StatusCode.ResourceExhausted, failure?.StatusCode);
        Assert.Contains($"{MessageLimits.Reorganizations} bytes", failure!.Status.Detail);
    }
}
