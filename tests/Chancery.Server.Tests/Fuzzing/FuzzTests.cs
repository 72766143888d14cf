using Chancery.Server.Grpc;
using Chancery.V1;
using Grpc.AspNetCore.Server;
using Grpc.Health.V1;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Chancery.Server.Tests.Fuzzing;

/// <summary>
/// Hostile input to every RPC through the real pipeline (real Kestrel, a system administrator's
/// token, so that calls reach the handlers), seeded and bounded: no INTERNAL or UNKNOWN for a
/// message that parses, nothing logged as an unexpected error, and after it all a healthy server
/// whose audit chain verifies. The seed is printed with the figures; CHANCERY_FUZZ_SEED repeats a run.
/// </summary>
public sealed class FuzzTests(KestrelFixture fixture, ITestOutputHelper output) : IClassFixture<KestrelFixture>
{
    private const int DefaultSeed = 20261204;
    private const int MessagesPerMethod = 300;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task EveryRpc_RandomMutatedAndRawMessages_NoInternalNorUnknownAndHealthyAfter()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CHANCERY_FUZZ_SEED"), out var s) ? s : DefaultSeed;
        using var timeout = new CancellationTokenSource(Budget * 2);
        var data = await FuzzData.CreateAsync(fixture.Host.Invoker, timeout.Token);
        var report = new FuzzReport(seed);

        await Fuzzer.RunAsync(fixture.Host.Invoker, data.Pool, report, MessagesPerMethod, Budget, timeout.Token);

        var text = report.ToString();
        output.WriteLine(text);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "chancery-fuzz-report.txt"), text);
        Assert.True(report.Violations.Count == 0, text);
        // grpc-dotnet parses a unary request before any interceptor and logs what does not parse
        // as an error of its own (answering UNKNOWN): those are the only errors allowed.
        var unexpected = fixture.Host.Errors.Entries.Where(e => !e.Contains("Grpc.AspNetCore.Server.ServerCallHandler", StringComparison.Ordinal)
            || !e.Contains(nameof(Google.Protobuf.InvalidProtocolBufferException), StringComparison.Ordinal)).ToList();
        Assert.True(unexpected.Count == 0, $"{text}\nLogged as errors:\n{string.Join('\n', unexpected.Take(20))}");
        Assert.True(report.Sent >= ChanceryMethods.All.Count * 20, $"Too few messages within the time budget: {text}");
        await AssertHealthyAsync(data.RootId);
    }

    [Fact]
    public async Task EveryService_MessageOverItsLimit_ResourceExhausted()
    {
        var limits = Endpoints().GroupBy(e => e.Method!.ServiceName).ToDictionary(g => g.Key, g => g.First().Endpoint.Metadata.GetMetadata<MessageLimit>()!);
        foreach (var method in ChanceryMethods.All.GroupBy(m => m.Service.FullName).SelectMany(g => g.Take(2)))
        {
            var limit = limits[method.Service.FullName].For(method.Name);
            var code = await RawCalls.CallAsync(fixture.Host.Invoker, method, new byte[limit + 1], CancellationToken.None);

            Assert.True(code == global::Grpc.Core.StatusCode.ResourceExhausted, $"{ChanceryMethods.Key(method)}: {code}");
        }
    }

    [Fact]
    public void ServedMethods_EveryChanceryMethod_IsFuzzedAndHasAMessageLimit()
    {
        var endpoints = Endpoints();
        var fuzzed = ChanceryMethods.All.Select(ChanceryMethods.Key).ToHashSet();

        var served = endpoints.Select(e => $"{e.Method!.ServiceName}/{e.Method.Name}").ToHashSet();
        Assert.NotEmpty(served);
        Assert.Empty(served.Except(fuzzed));
        Assert.Empty(endpoints.Where(e => e.Endpoint.Metadata.GetMetadata<MessageLimit>() is null).Select(e => e.Endpoint.DisplayName));
    }

    private List<(Endpoint Endpoint, global::Grpc.Core.IMethod? Method)> Endpoints() =>
        fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => (Endpoint: e, Method: e.Metadata.GetMetadata<GrpcMethodMetadata>()?.Method))
            .Where(e => e.Method is not null && e.Method.ServiceName.StartsWith("chancery.", StringComparison.Ordinal) && !e.Method.Name.StartsWith('{'))
            .ToList();

    private async Task AssertHealthyAsync(string rootId)
    {
        var health = await new global::Grpc.Health.V1.Health.HealthClient(fixture.Host.Invoker).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        var unit = await new V1.Units.UnitsClient(fixture.Host.Invoker).GetUnitAsync(new GetUnitRequest { Id = rootId });
        Assert.Equal(rootId, unit.Unit.Id);
        var audit = await new V1.Audit.AuditClient(fixture.Host.Invoker).VerifyAuditAsync(new VerifyAuditRequest());
        Assert.True(audit.Intact, $"{audit.Problem} at {audit.FirstBadSequence}: {audit.Message}");
    }
}
