using Chancery.V1;
using Grpc.Core;

namespace Chancery.Portal.Pages;

/// <summary>
/// Which changes the signed-in person may make on units on the page's date, as the server answers
/// GetCallerRights: pages offer only those. The portal judges nothing; a change it offers may still
/// be refused, and one it does not offer is refused by the server if forced.
/// </summary>
public static class CallerRights
{
    public const string HierarchyWrite = "hierarchy.write";
    public const string PositionsWrite = "positions.write";
    public const string DelegationsWrite = "delegations.write";

    /// <summary>The permissions per unit id asked ("" for the top level); none when the server does not answer.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> ForAsync(HttpContext http, string asOf, params string[] unitIds)
    {
        try
        {
            var access = http.RequestServices.GetRequiredService<Access.AccessClient>();
            var answer = await access.GetCallerRightsAsync(new GetCallerRightsRequest { UnitIds = { unitIds }, AsOf = asOf }, cancellationToken: http.RequestAborted);
            return answer.Units.GroupBy(u => u.UnitId).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.First().Permissions.ToHashSet(StringComparer.Ordinal));
        }
        catch (RpcException ex) when (ex.StatusCode != StatusCode.Cancelled)
        {
            return unitIds.Distinct().ToDictionary(id => id, _ => (IReadOnlySet<string>)new HashSet<string>());
        }
    }

    public static async Task<IReadOnlySet<string>> OnAsync(HttpContext http, string asOf, string unitId) =>
        (await ForAsync(http, asOf, unitId)).GetValueOrDefault(unitId) ?? new HashSet<string>();
}
