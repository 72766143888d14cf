using System.Text.Encodings.Web;
using System.Text.Json;
using Chancery.Benchmarks.Generation;
using Chancery.Core.Delegations;
using Chancery.Core.Time;
using Chancery.Core.Units;

namespace Chancery.Benchmarks.Delegations;

/// <summary>A ResolveAuthority question of the sitting, and for a check what it must answer: the delegation among the signers with its official and form, or not.</summary>
public sealed record AuthorityQuestion(string Unit, string? Field, string? Kind, string AsOf, string? Delegation = null, string? Official = null, int Form = 0, bool Present = true);

/// <summary>
/// What the sitting needs to know of the generated delegations: their counts; the questions its
/// h2load runs ask (a field of the benchmark province's People's Committee held by a deputy today,
/// on today and the past date; eight other units and fields for the mixed runs); and a sample of
/// delegations, each with a date inside its period (and, when it ended, its first day without it)
/// to check through ResolveAuthority (<c>verify-authority</c>).
/// </summary>
public static class DelegationsMeta
{
    public static void Write(string path, NationalHierarchy hierarchy, NationalDelegations delegations, DateOnly today, DateOnly past, int seed)
    {
        var all = delegations.Generated;
        var random = new SeededRandom(unchecked(seed * 31 + 43));
        var province = hierarchy.ProvinceNearest(Output.HierarchyMeta.BenchProvinceSize);
        var committee = province.Children.First(c => c.Kind == UnitKind.PeopleCommittee);
        var heldToday = all.Where(d => d.Kind == DelegationKind.Assignment && d.Contains(today)).ToList();
        var field = heldToday.Where(d => d.Unit == committee).SelectMany(d => d.Row.Fields.Split(' '))
            .OrderByDescending(f => all.Any(d => d.Unit == committee && d.Contains(past) && d.Row.Fields.Split(' ').Contains(f))).First();
        var mix = random.Sample(heldToday.Where(d => d.Unit.Kind is UnitKind.PeopleCommittee or UnitKind.Department).GroupBy(d => d.Unit).Select(g => g.First()).ToList(), 8)
            .Select(d => new AuthorityQuestion(d.Unit.Id.ToString(), d.Row.Fields.Split(' ')[0], null, IsoDate.Format(today))).ToList();
        var meta = new Dictionary<string, object?>
        {
            ["today"] = IsoDate.Format(today),
            ["past_date"] = IsoDate.Format(past),
            ["delegations"] = all.Count,
            ["by_kind"] = all.GroupBy(d => d.PassedFrom is null ? d.Kind.ToString() : "PassedOn").OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            ["in_effect_today"] = all.Count(d => d.Contains(today)),
            ["in_effect_past"] = all.Count(d => d.Contains(past)),
            ["ended"] = all.Count(d => d.End is { } end && end <= today),
            ["revoked"] = all.Count(d => d.Row.RevokedFrom is not null),
            ["runs_unit"] = all.Count(d => d.Row.RunsUnitFrom is not null),
            ["resolve"] = new { unit_id = committee.Id, name = committee.Name, field },
            ["mix"] = mix,
            ["checks"] = Checks(all, random),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(meta, new JsonSerializerOptions
        {
            WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        }));
    }

    public static List<AuthorityQuestion> Checks(IReadOnlyList<GenDelegation> all, SeededRandom random, int count = 1000)
    {
        var checks = new List<AuthorityQuestion>();
        foreach (var d in random.Sample(all, count))
        {
            var span = new Span(d.From, d.End);
            var unit = d.PassedFrom?.Unit ?? d.Unit;
            var date = d.From.AddDays(random.Between(0, Math.Max(0, Math.Min(span.Days, 3000) - 1)));
            var (field, kind) = d.Kind switch
            {
                DelegationKind.ByOrder => ((string?)null, (string?)d.Row.DocumentKinds.Split('\n')[0]),
                _ => (d.Row.Fields.Split(' ')[0], null),
            };
            var form = d.Kind switch
            {
                DelegationKind.Assignment => SigningForm.ForTheHead,
                DelegationKind.Authorization => SigningForm.OnAuthorization,
                _ => d.PassedFrom is null ? SigningForm.ByOrder : SigningForm.ForTheGrantee,
            };
            var (id, official) = (d.Row.Id.ToString(), d.Row.DelegateOfficialId.ToString());
            checks.Add(new AuthorityQuestion(unit.Id.ToString(), field, kind, IsoDate.Format(date), id, official, (int)form));
            if (d.End is { } end && (unit.Closed is null || end < unit.Closed))
            {
                checks.Add(new AuthorityQuestion(unit.Id.ToString(), field, kind, IsoDate.Format(end), id, official, (int)form, Present: false));
            }
        }

        return checks;
    }
}
