using Chancery.V1;

namespace Chancery.Portal.Pages.Delegating;

/// <summary>
/// What the page shows before saving an assignment: the server's CheckConflicts for the unit on the
/// start date (overlaps that exist, authorizations about to expire) and, for each field chosen, the
/// assignments that give it to another deputy then (ListDelegations by field). The server still
/// decides when the assignment is saved (rule delegations.field-overlap).
/// </summary>
public sealed record DelegationConflicts(CheckConflictsResponse? Check, IReadOnlyList<(string Field, Delegation Other)> Taken)
{
    public bool Any => Taken.Count > 0 || Check is { Overlaps.Count: > 0 } || Check is { Expiring.Count: > 0 };

    public static async Task<DelegationConflicts> FindAsync(
        V1.Delegations.DelegationsClient delegations, string unitId, string asOf, IReadOnlyList<string> fields, string? delegateId, CancellationToken ct)
    {
        CheckConflictsResponse? check = null;
        var taken = new List<(string, Delegation)>();
        try
        {
            check = await delegations.CheckConflictsAsync(new CheckConflictsRequest { UnitId = unitId, AsOf = asOf }, cancellationToken: ct);
            foreach (var field in fields.Distinct())
            {
                var holding = await delegations.ListDelegationsAsync(new ListDelegationsRequest { UnitId = unitId, FieldCode = field, AsOf = asOf, PageSize = 50 }, cancellationToken: ct);
                taken.AddRange(holding.Delegations.Where(d => d.Kind == DelegationKind.Assignment && d.DelegateOfficialId != delegateId).Select(d => (field, d)));
            }
        }
        catch (Grpc.Core.RpcException ex) when (ex.StatusCode is Grpc.Core.StatusCode.InvalidArgument or Grpc.Core.StatusCode.NotFound or Grpc.Core.StatusCode.PermissionDenied)
        {
            // A date or a unit the server does not take: saving will say why, beside the field.
        }

        return new DelegationConflicts(check, taken);
    }
}
