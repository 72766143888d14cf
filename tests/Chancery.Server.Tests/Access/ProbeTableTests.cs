using System.Reflection;
using Chancery.Server.Access;
using Chancery.Server.Audit;
using Chancery.Server.Grpc;
using Chancery.Server.Reorganizations;
using Chancery.Server.Positions;
using Chancery.Server.Units;
using Google.Protobuf.Reflection;

namespace Chancery.Server.Tests.Access;

/// <summary>The matrix forgets no RPC: its table is checked against the contracts and the services.</summary>
public sealed class ProbeTableTests
{
    private static readonly ServiceDescriptor[] Services = [V1.Units.Descriptor, V1.Access.Descriptor, V1.Audit.Descriptor, V1.Reorganizations.Descriptor, V1.Positions.Descriptor, V1.Delegations.Descriptor, V1.Regulations.Descriptor];

    private static readonly Dictionary<string, Type> Implementations = new()
    {
        ["Units"] = typeof(UnitsService),
        ["Access"] = typeof(AccessService),
        ["Audit"] = typeof(AuditService),
        ["Reorganizations"] = typeof(ReorganizationsService),
        ["Positions"] = typeof(PositionsService),
        ["Delegations"] = typeof(Chancery.Server.Delegations.DelegationsService),
        ["Regulations"] = typeof(Chancery.Server.Regulations.RegulationsService),
    };

    [Fact]
    public void ProbeTable_EveryRpcOfTheServices_HasExactlyOneProbe()
    {
        var rpcs = Services.SelectMany(s => s.Methods).Select(m => $"{m.Service.FullName}/{m.Name}").Order().ToList();
        var probes = ProbeTable.All.Select(p => p.Name).Order().ToList();

        Assert.Empty(rpcs.Except(probes));
        Assert.Empty(probes.Except(rpcs));
        Assert.Equal(probes.Count, probes.Distinct().Count());
        Assert.Equal(76, probes.Count);
    }

    [Fact]
    public void Contracts_EveryServiceOfChanceryV1_IsInTheMatrix()
    {
        var declared = typeof(V1.Units).Assembly.GetTypes()
            .Where(t => t.Namespace == "Chancery.V1" && t is { IsAbstract: true, IsSealed: true })
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<ServiceDescriptor>()
            .Select(s => s.FullName)
            .Order()
            .ToList();

        Assert.Equal(declared, Services.Select(s => s.FullName).Order());
    }

    [Fact]
    public void ProbeTable_EveryProbe_ExpectsAnOutcomeInEveryCell()
    {
        foreach (var probe in ProbeTable.All)
        {
            Assert.Equal(Enum.GetValues<Cell>().Order(), probe.Expected.Keys.Order());
        }

        Assert.Equal(ProbeTable.All.Count * Enum.GetValues<Cell>().Length, ProbeTable.Cases().Count());
    }

    [Fact]
    public void ProbeTable_ScopeOfEachProbe_IsTheScopeTheServerDeclares()
    {
        foreach (var probe in ProbeTable.All)
        {
            var method = Implementations[probe.Service].GetMethod(probe.Method, BindingFlags.Public | BindingFlags.Instance);
            var scope = method?.GetCustomAttribute<ScopeAttribute>();
            Assert.True(scope is not null, $"{probe.Name} declares no scope on the server.");
            Assert.Equal(probe.Scope, scope.Scope);
            Assert.True(scope.Public == (probe.Expected[Cell.NoToken] != Outcome.Unauthenticated), $"{probe.Name}: public on the server and in the matrix differ.");
        }
    }
}
