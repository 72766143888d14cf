using Grpc.Core;

namespace Chancery.Server.Tests.Access;

/// <summary>The objects one call touches, made before the call by a system administrator.</summary>
/// <param name="Subject">The object whose right the call needs (<c>units/…</c>), when the permission names one.</param>
public sealed record Target(string? Subject = null)
{
    public V1.Unit? Unit { get; init; }

    /// <summary>The parent of a new unit, or the new parent of a moved one.</summary>
    public V1.Unit? Parent { get; init; }

    /// <summary>The unit a merge keeps, absorbing <see cref="Unit"/>.</summary>
    public V1.Unit? Survivor { get; init; }

    public string? UserId { get; init; }

    public string? GrantId { get; init; }

    public string? ClientId { get; init; }

    public string? PlanId { get; init; }

    public V1.Position? Position { get; init; }

    public V1.Official? Official { get; init; }

    public V1.Appointment? Appointment { get; init; }

    /// <summary>For a delegation: the official it goes to (<see cref="Official"/> is the head who delegates).</summary>
    public V1.Official? Delegate { get; init; }

    /// <summary>For a delegation: the head of a unit below <see cref="Unit"/>, who may be authorized or granted.</summary>
    public V1.Official? SubordinateHead { get; init; }

    public V1.Delegation? Delegation { get; init; }

    /// <summary>A unit's own field of work, of <see cref="Unit"/>.</summary>
    public V1.Field? Field { get; init; }

    public V1.Regulation? Regulation { get; init; }

    public V1.RegulationVersion? RegulationVersion { get; init; }

    /// <summary>What a call that answers with problems instead of refusing (a dry run) reported: filled by the call.</summary>
    public List<V1.PlanProblem> Reported { get; } = [];
}

/// <summary>
/// One row of the access matrix: an RPC, the scope it needs, what each caller must get, how to
/// make its objects (as a system administrator) and how to call it with any token.
/// </summary>
public sealed record Probe(
    string Service,
    string Method,
    string Scope,
    IReadOnlyDictionary<Cell, Outcome> Expected,
    Func<MatrixScenario, Place, Task<Target>> Prepare,
    Func<CallInvoker, Target, Task> Invoke)
{
    /// <summary>As in the service descriptor: chancery.v1.Units/GetUnit.</summary>
    public string Name => $"chancery.v1.{Service}/{Method}";

    public override string ToString() => Name;
}
