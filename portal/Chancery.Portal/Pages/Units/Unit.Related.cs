using Chancery.Portal.Setup;
using Chancery.V1;

namespace Chancery.Portal.Pages.Units;

/// <summary>
/// The names of the units the history and the deputies refer to: a version's parent as of that
/// version's first day, a supervised unit as of the page's date. Those the page already holds
/// (ancestors, children) cost nothing; the others one GetUnit each, at most <see cref="MaxLookups"/>.
/// </summary>
public sealed partial class UnitModel
{
    private const int MaxLookups = 20;
    private readonly Dictionary<(string Id, string AsOf), string> related = [];

    /// <summary>Whether the page's date falls in <paramref name="version"/>'s period.</summary>
    public bool IsShownVersion(Unit version)
    {
        var day = AsOf.Length > 0 ? AsOf : Dates.Iso(Dates.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>()));
        return string.CompareOrdinal(version.ValidFrom, day) <= 0 && (version.ValidTo.Length == 0 || string.CompareOrdinal(day, version.ValidTo) < 0);
    }

    public string ParentName(Unit version) => related.GetValueOrDefault((version.ParentId, version.ValidFrom)) ?? version.ParentId;

    public string UnitName(string id) => related.GetValueOrDefault((id, AsOf)) ?? id;

    private async Task LoadRelatedNamesAsync()
    {
        var known = Ancestors.Concat(Children).GroupBy(u => u.Id).ToDictionary(g => g.Key, g => g.First().Name);
        var wanted = Versions.Where(v => v.ParentId.Length > 0).Select(v => (v.ParentId, v.ValidFrom))
            .Concat(Assignments.SelectMany(d => d.SupervisedUnitIds).Select(id => (id, AsOf)))
            .Distinct().ToList();
        var lookups = 0;
        foreach (var (id, asOf) in wanted)
        {
            // The ancestors and the children are named as of the page's date; a version's parent needs that version's date.
            if (asOf == AsOf && known.TryGetValue(id, out var name))
            {
                related[(id, asOf)] = name;
            }
            else if (lookups++ < MaxLookups)
            {
                try
                {
                    var answer = await units.GetUnitAsync(new GetUnitRequest { Id = id, AsOf = asOf }, cancellationToken: HttpContext.RequestAborted);
                    related[(id, asOf)] = answer.Unit.Name;
                }
                catch (Grpc.Core.RpcException ex) when (ex.StatusCode is not Grpc.Core.StatusCode.Cancelled)
                {
                    // Not named (ended, or not to be read): its id is shown and links to its page, which says why.
                }
            }
        }
    }
}
