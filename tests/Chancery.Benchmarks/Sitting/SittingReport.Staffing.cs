using System.Text.Json;

namespace Chancery.Benchmarks.Sitting;

/// <summary>The rows of the staffing reads, when the sitting loaded positions, officials and appointments.</summary>
public sealed partial class SittingReport
{
    private static readonly (string Name, string Label)[] StaffingCalls = [("gethead", "GetHead"), ("positions", "ListUnitPositions")];

    private void Staffing()
    {
        if (results.Staffing is not { } meta)
        {
            return;
        }

        var sample = meta.GetProperty("sample");
        Line($"Staffing loaded beside the units: {Count(meta, "positions")} positions, {Count(meta, "officials")} officials, {Count(meta, "appointments")} appointments " +
             $"({Count(meta, "appointments_ended")} of them ended; today {Count(meta, "vacancies_today")} vacancies, {Count(meta, "holders_changed_since_past")} positions held by someone else than on {meta.GetProperty("past_date").GetString()}). " +
             $"GetHead and ListUnitPositions of {sample.GetProperty("name").GetString()} ({sample.GetProperty("positions_today").GetInt32()} positions; head today {sample.GetProperty("head_today").GetString()}, " +
             $"on the past date {sample.GetProperty("head_past").GetString()}), access enforced (token), calls/s (h2load), in the same runs as the Health/Check above:");
        Line();
        Line("| clients × streams | Health/Check | GetHead today | ÷ Health | GetHead past | past cost ÷ today | ListUnitPositions today | ÷ Health | ListUnitPositions past | past cost ÷ today |");
        Line("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (c, m) in results.Configs.OrderBy(x => x.Clients * x.Streams).ThenBy(x => x.Clients))
        {
            var health = results.Calls("health", c, m);
            var row = $"| {c} × {m} | {N(health)} |";
            foreach (var (name, label) in StaffingCalls)
            {
                var today = results.Calls($"{name}-today", c, m);
                var past = results.Calls($"{name}-past", c, m);
                row += $" {N(today)} | {R(today.Median / health.Median)} | {N(past)} | {R(today.Median / past.Median)} |";
                Target($"{label} ≥ 70 % of Health/Check ({c} × {m}, token)", today.Median >= 0.7 * health.Median, R(today.Median / health.Median));
                Target($"{label} past as_of ≤ 1.5 × today's cost ({c} × {m})", today.Median / past.Median <= 1.5, R(today.Median / past.Median));
            }

            Line(row);
        }

        Line();
        Line($"Failed h2load requests: GetHead {results.Failed("gethead-today") + results.Failed("gethead-past")}, ListUnitPositions {results.Failed("positions-today") + results.Failed("positions-past")}.");
        Line();
    }

    private static string Count(JsonElement meta, string name) => meta.GetProperty(name).GetInt32().ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
