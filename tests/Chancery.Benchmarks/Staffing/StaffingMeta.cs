using System.Text.Encodings.Web;
using System.Text.Json;
using Chancery.Core.Positions;
using Chancery.Core.Time;

namespace Chancery.Benchmarks.Staffing;

/// <summary>What the sitting needs to know of the generated staffing: its counts, and the unit to ask for.</summary>
public static class StaffingMeta
{
    public static void Write(string path, NationalStaffing staffing, StaffingSample sample, DateOnly today, DateOnly past)
    {
        var terms = staffing.Generated.SelectMany(p => p.Terms).ToList();
        var open = staffing.Generated.Where(p => p.From <= today && (p.To is null || today < p.To)).ToList();
        var meta = new Dictionary<string, object?>
        {
            ["today"] = IsoDate.Format(today),
            ["past_date"] = IsoDate.Format(past),
            ["positions"] = staffing.Positions.Count,
            ["head_positions"] = staffing.Positions.Count(p => p.Role == PositionRole.Head),
            ["officials"] = staffing.Officials.Count,
            ["officials_without_rank"] = staffing.Officials.Count(o => o.RankCode is null),
            ["appointments"] = staffing.Appointments.Count,
            ["appointments_by_kind"] = staffing.Appointments.GroupBy(a => a.Kind.ToString()).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            ["appointments_ended"] = staffing.Appointments.Count(a => a.ValidTo is not null),
            ["positions_today"] = open.Count,
            ["vacancies_today"] = open.Count(p => !p.Terms.Any(t => t.Kind != AppointmentKind.Concurrent && t.Contains(today))),
            ["holders_changed_since_past"] = open.Count(p => Holder(p, today) is { } h && Holder(p, past) is { } h2 && h != h2),
            ["sample"] = new
            {
                unit_id = sample.Unit.Id,
                name = sample.Unit.Name,
                positions_today = sample.PositionsToday,
                positions_past = sample.PositionsPast,
                head_today = sample.HeadToday,
                head_past = sample.HeadPast,
            },
        };
        File.WriteAllText(path, JsonSerializer.Serialize(meta, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static Guid? Holder(GenPosition p, DateOnly date) =>
        p.Terms.FirstOrDefault(t => t.Kind != AppointmentKind.Concurrent && t.Contains(date))?.OfficialId;
}
