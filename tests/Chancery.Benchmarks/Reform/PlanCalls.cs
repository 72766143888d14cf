using System.Diagnostics;
using Chancery.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace Chancery.Benchmarks.Reform;

/// <summary>DryRunPlan, ApplyPlan and GetUnit as a client calls them, each timed from the request to its response.</summary>
public sealed class PlanCalls(GrpcChannel channel, string token)
{
    private readonly Metadata headers = new() { { "authorization", $"Bearer {token}" } };

    public async Task<(double Seconds, PlanResult Result)> DryRunAsync(Plan plan, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var response = await new Reorganizations.ReorganizationsClient(channel).DryRunPlanAsync(new DryRunPlanRequest { Plan = plan }, headers, cancellationToken: cancellationToken);
        return (clock.Elapsed.TotalSeconds, response.Result);
    }

    public async Task<(double Seconds, PlanResult Result)> ApplyAsync(Plan plan, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var response = await new Reorganizations.ReorganizationsClient(channel).ApplyPlanAsync(new ApplyPlanRequest { Plan = plan }, headers, cancellationToken: cancellationToken);
        return (clock.Elapsed.TotalSeconds, response.Result);
    }

    /// <summary>The median of <paramref name="runs"/> GetUnit round trips (after as many to warm up): the transport and access floor.</summary>
    public async Task<double> GetUnitMedianAsync(string id, int runs, CancellationToken cancellationToken)
    {
        var client = new Units.UnitsClient(channel);
        var times = new List<double>();
        for (var i = 0; i < 2 * runs; i++)
        {
            var clock = Stopwatch.StartNew();
            _ = await client.GetUnitAsync(new GetUnitRequest { Id = id, AsOf = "2025-06-30" }, headers, cancellationToken: cancellationToken);
            if (i >= runs)
            {
                times.Add(clock.Elapsed.TotalSeconds);
            }
        }

        return times.Order().ElementAt(times.Count / 2);
    }
}
