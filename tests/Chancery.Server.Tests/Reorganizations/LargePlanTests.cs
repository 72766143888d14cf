using Chancery.Server.Tests.Infrastructure;
using Chancery.V1;
using static Chancery.Server.Tests.Reorganizations.Plans;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>
/// A plan of the national reform's size is one message of several megabytes (about 240 bytes an
/// operation; the 2025 reform is some 12,000 operations): the Reorganizations service takes
/// messages up to <c>PlanMessages.MaxReceiveBytes</c>, beyond gRPC's default of 4 MB.
/// </summary>
public sealed class LargePlanTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task DryRunPlan_PlanOfSixMegabytes_AnsweredNotResourceExhausted()
    {
        var province = await fixture.Host.Units.CreateRootAsync();
        var padding = new string('x', 250);
        var operations = Enumerable.Range(0, 20_000)
            .Select(i => Establish(New($"u{i}", $"Phòng {i:00000} {padding}", UnitKind.Division, Id(province))))
            .ToArray();
        var plan = Plan(Reform, operations);
        Assert.True(Google.Protobuf.MessageExtensions.ToByteArray(plan).Length > 6 * 1024 * 1024);

        var result = await fixture.Host.Reorganizations.DryRunAsync(plan);

        Assert.Empty(result.Problems);
        Assert.Equal(20_000, result.Counts.Created);
    }
}
