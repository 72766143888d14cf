using Chancery.Core.Access;
using Chancery.V1;

namespace Chancery.Server.Tests.Access;

/// <summary>The whole access matrix: one probe per RPC of chancery.v1, and each cell a caller of <see cref="Cell"/>.</summary>
public static class ProbeTable
{
    public static readonly IReadOnlyList<Probe> All =
    [
        .. UnitsProbes.All(),
        .. AccessProbes.All(),
        .. ReorganizationsProbes.All(),
        .. PositionsProbes.All(),
        .. DelegationsProbes.All(),
        .. RegulationsProbes.All(),
        new("Audit", "ListAuditEntries", Scopes.AuditRead, Expectations.AuditRead, NoTarget,
            (invoker, _) => new V1.Audit.AuditClient(invoker).ListAuditEntriesAsync(new ListAuditEntriesRequest { PageSize = 5 }).ResponseAsync),
        new("Audit", "VerifyAudit", Scopes.AuditRead, Expectations.AuditRead, NoTarget,
            (invoker, _) => new V1.Audit.AuditClient(invoker).VerifyAuditAsync(new VerifyAuditRequest()).ResponseAsync),
        new("Audit", "GetAuditCheckpoint", Scopes.AuditRead, Expectations.AuditRead, NoTarget,
            (invoker, _) => new V1.Audit.AuditClient(invoker).GetAuditCheckpointAsync(new GetAuditCheckpointRequest()).ResponseAsync),
    ];

    public static Probe Find(string name) => All.SingleOrDefault(p => p.Name == name) ?? throw new ArgumentException($"No probe for {name}.");

    /// <summary>Every RPC against every caller.</summary>
    public static TheoryData<string, Cell> Cases(params string[] methods)
    {
        var data = new TheoryData<string, Cell>();
        foreach (var probe in All.Where(p => methods.Length == 0 || methods.Contains(p.Method)))
        {
            foreach (var cell in Enum.GetValues<Cell>())
            {
                data.Add(probe.Name, cell);
            }
        }

        return data;
    }

    private static Task<Target> NoTarget(MatrixScenario s, Place place) => Task.FromResult(new Target());
}
