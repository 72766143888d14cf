using Chancery.Core.Time;

namespace Chancery.Core.Regulations;

/// <summary>
/// Point-in-time reads over the regulations of a unit and kind. The issued versions of a unit and
/// kind, across its regulations, follow one another by effective date (the rules keep those dates
/// distinct and increasing): a version is in force from its effective date to the next one's, or
/// to its regulation's repeal, whichever comes first.
/// </summary>
public static class RegulationsInForce
{
    /// <summary>The issued versions of a unit and kind, by effective date.</summary>
    public static List<(RegulationState Regulation, VersionState Version)> Issued(this RegulationsSnapshot s, Guid unitId, RegulationKind kind) =>
        s.OfUnit(unitId).Where(r => r.Kind == kind)
            .SelectMany(r => s.VersionsOf(r.Id).Where(v => v.IsIssued).Select(v => (r, v)))
            .OrderBy(x => x.v.EffectiveFrom).ThenBy(x => x.v.Number)
            .ToList();

    public static InForcePeriod? Period(this RegulationsSnapshot s, VersionState version)
    {
        if (!version.IsIssued || s.Find(version.RegulationId) is not { } regulation)
        {
            return null;
        }

        var from = version.EffectiveFrom!.Value;
        var next = s.Issued(regulation.UnitId, regulation.Kind).Select(x => x).FirstOrDefault(x => x.Version.EffectiveFrom > from);
        DateOnly? end = next.Version?.EffectiveFrom;
        var endedBy = next.Version is null ? null : next.Regulation.Id == regulation.Id ? "amended" : "replaced";
        if (regulation.RepealedFrom is { } repealed && (end is null || repealed <= end))
        {
            (end, endedBy) = (repealed, "repealed");
        }

        return end is { } e && e <= from ? new InForcePeriod(new Period(from, from), endedBy) : new InForcePeriod(new Period(from, end), endedBy);
    }

    /// <summary>The version in force on a date, or null (none issued yet, none in force yet, repealed).</summary>
    public static (RegulationState Regulation, VersionState Version)? InForce(this RegulationsSnapshot s, Guid unitId, RegulationKind kind, DateOnly date)
    {
        var current = s.Issued(unitId, kind).LastOrDefault(x => x.Version.EffectiveFrom <= date);
        if (current.Version is null || current.Regulation.RepealedFrom is { } repealed && repealed <= date)
        {
            return null;
        }

        return current;
    }

    /// <summary>The version of one regulation in force on a date.</summary>
    public static VersionState? InForce(this RegulationsSnapshot s, RegulationState regulation, DateOnly date) =>
        s.InForce(regulation.UnitId, regulation.Kind, date) is { } x && x.Regulation.Id == regulation.Id ? x.Version : null;

    /// <summary>Issued versions of a unit and kind that come into force after the date (amendments and replacements announced).</summary>
    public static List<VersionState> Pending(this RegulationsSnapshot s, Guid unitId, RegulationKind kind, DateOnly date) =>
        s.Issued(unitId, kind).Where(x => x.Version.EffectiveFrom > date).Select(x => x.Version).ToList();
}
