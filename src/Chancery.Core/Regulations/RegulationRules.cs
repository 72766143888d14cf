using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Time;

namespace Chancery.Core.Regulations;

/// <summary>
/// The invariants of regulations over what a change drafted: decision numbers unique for the
/// issuing unit within a year; a version in force no earlier than its decision; one version in
/// force per unit and kind on any date (issued versions of a unit and kind follow one another by
/// effective date, a new regulation replaces the one in force, nothing is issued into an ended
/// regulation); an amendment amends the latest issued version of its regulation.
/// </summary>
public static class RegulationRules
{
    public const string OnlyDrafts = "regulations.only-drafts";
    public const string Status = "regulations.status";
    public const string DecisionUnique = "regulations.decision-unique";
    public const string EffectiveAfterIssue = "regulations.effective-after-issue";
    public const string OneInForce = "regulations.one-in-force";
    public const string AmendmentTargets = "regulations.amendment-targets";
    public const string SignerAuthority = "regulations.signer-authority";
    public const string InForceToCopy = "regulations.in-force-to-copy";

    public static void Check(WriteContext context, RuleViolations violations)
    {
        var draft = context.Regulations;
        var drafted = draft.Drafted;
        foreach (var v in draft.ChangedVersions.Where(v => v.IsIssued && draft.OriginalVersion(v.Id) is not { IsIssued: true }))
        {
            var regulation = draft.Find(v.RegulationId)!;
            CheckDecision(drafted, regulation.UnitId, v.Decision!, v.Subject, violations);
            if (v.EffectiveFrom < v.Decision!.Date)
            {
                violations.Add(EffectiveAfterIssue, v.Subject, $"A version comes into force on or after its decision's date ({IsoDate.Format(v.Decision.Date)}), not {IsoDate.Format(v.EffectiveFrom)}.");
            }

            CheckInForce(drafted, regulation, v, violations);
        }

        foreach (var r in draft.ChangedRegulations.Where(r => r.Repeal is not null && draft.Original(r.Id) is not { Repeal: not null }))
        {
            CheckDecision(drafted, r.UnitId, r.Repeal!, r.Subject, violations);
            var issued = drafted.VersionsOf(r.Id).Where(v => v.IsIssued).ToList();
            if (r.RepealedFrom < r.Repeal!.Date)
            {
                violations.Add(EffectiveAfterIssue, r.Subject, $"A repeal takes effect on or after its decision's date ({IsoDate.Format(r.Repeal.Date)}).");
            }

            if (issued.Count == 0 || issued.Any(v => v.EffectiveFrom >= r.RepealedFrom))
            {
                violations.Add(Status, r.Subject, "A regulation is repealed from a date after its issued versions came into force (none issued: nothing to repeal).");
            }
        }
    }

    private static void CheckDecision(RegulationsSnapshot s, Guid unitId, RegulationDecision decision, string subject, RuleViolations violations)
    {
        var decisions = s.OfUnit(unitId).SelectMany(r => s.VersionsOf(r.Id).Select(v => v.Decision).Append(r.Repeal))
            .Where(d => d is not null && d.Date.Year == decision.Date.Year && d.Key == decision.Key).Count();
        if (decisions > 1)
        {
            violations.Add(DecisionUnique, subject,
                $"Decision numbers are unique for the issuing unit within a year: {decision.Number} of {decision.Date.Year} is already a decision of the unit.");
        }
    }

    private static void CheckInForce(RegulationsSnapshot s, RegulationState regulation, VersionState v, RuleViolations violations)
    {
        var from = v.EffectiveFrom!.Value;
        var others = s.Issued(regulation.UnitId, regulation.Kind).Where(x => x.Version.Id != v.Id).ToList();
        if (others.Any(x => x.Version.EffectiveFrom >= from))
        {
            violations.Add(OneInForce, v.Subject,
                $"One version is in force per unit and kind on any date: another version comes into force on or after {IsoDate.Format(from)} " +
                $"({string.Join(", ", others.Where(x => x.Version.EffectiveFrom >= from).Select(x => x.Version.Subject))}); a later version takes effect after the last one.");
            return;
        }

        if (regulation.RepealedFrom is { } repealed && repealed <= from || others.Any(x => x.Regulation.ReplacesId == regulation.Id))
        {
            violations.Add(OneInForce, v.Subject, "The regulation is repealed or replaced by then: nothing more is issued into it.");
            return;
        }

        var current = s.InForce(regulation.UnitId, regulation.Kind, from.AddDays(-1));
        if (current is { } c && c.Regulation.Id != regulation.Id && regulation.ReplacesId != c.Regulation.Id && v.AmendsId is null)
        {
            violations.Add(OneInForce, v.Subject,
                $"One version is in force per unit and kind on any date: {c.Regulation.Identifier} is in force on {IsoDate.Format(from)}; " +
                "a new regulation names it in replaces_regulation_id, or it is repealed first.");
        }

        if (v.AmendsId is { } amendsId && others.Where(x => x.Regulation.Id == regulation.Id).Select(x => x.Version).LastOrDefault() is { } latest && latest.Id != amendsId)
        {
            violations.Add(AmendmentTargets, v.Subject, $"An amendment amends the latest issued version of its regulation ({latest.Subject}), which it consolidates.");
        }
    }
}
