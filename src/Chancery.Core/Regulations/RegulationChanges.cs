using System.Globalization;
using Chancery.Core.Access;
using Chancery.Core.Delegations;
using Chancery.Core.Errors;
using Chancery.Core.Regulations.Text;
using Chancery.Core.Registry;
using Chancery.Core.Text;
using Chancery.Core.Time;
using Chancery.Core.Units;

namespace Chancery.Core.Regulations;

/// <summary>
/// The changes regulations undergo, on the write context's draft. Each checks the caller's rights
/// over the regulation's unit (regulations.write: a unit administrator of a subtree holding it, or a
/// system administrator), its input and the version's status; the invariants over everything
/// drafted are <see cref="RegulationRules"/>'.
/// </summary>
public static class RegulationChanges
{
    public static RegulationState CreateRegulation(WriteContext context, Guid id, CreateRegulationCommand c)
    {
        var errors = c.Errors();
        if (c.Kind == RegulationKind.Unspecified || !Enum.IsDefined(c.Kind))
        {
            errors.Add("kind", "A kind is required: working, grassroots democracy, office culture or other.");
        }

        var title = Title(c.Title, errors, required: true);
        var year = c.Year ?? context.Today.Year;
        if (year is < 1945 or > 9999)
        {
            errors.Add("year", "A year from 1945 to 9999 (0 for this year).");
        }

        errors.ThrowIfAny();
        ChangeRights.RequireUnitOn(context, c.UnitId, context.Today, Scopes.RegulationsWrite);
        var unit = context.Units.Get(c.UnitId, "unit_id");
        var draft = context.Regulations;
        if (c.ReplacesId is { } replaced && (draft.Find(replaced) is not { } old || old.UnitId != c.UnitId || old.Kind != c.Kind))
        {
            throw new NotFoundException("regulation", $"regulations/{replaced}", $"No regulation of the same unit and kind has the id {replaced} (replaces_regulation_id).");
        }

        var code = unit.At(context.Today)?.Code ?? unit.Versions[^1].Code ?? unit.Id.ToString();
        var number = draft.Drafted.OfUnit(c.UnitId).Count(r => r.Year == year) + 1;
        var identifier = string.Create(CultureInfo.InvariantCulture, $"/vn/{code}/quy-che/{year}/{number}");
        var regulation = new RegulationState(id, 1, c.UnitId, c.Kind, year, number, identifier, title!, c.ReplacesId, null, null);
        draft.Put(regulation);
        return regulation;
    }

    public static VersionState CreateVersion(WriteContext context, Guid id, CreateVersionCommand c)
    {
        var errors = c.Errors();
        var title = Title(c.Title, errors, required: false);
        var body = BodyInput.Check(c.Body, errors);
        var operations = Operations(c.Operations, errors);
        if ((c.CopyInForce ? 1 : 0) + (c.AmendsId is null ? 0 : 1) + (c.Body.Count > 0 ? 1 : 0) > 1)
        {
            errors.Add("body", "A draft starts empty, as a copy of the version in force, as an amendment, or with a body: one of them.");
        }

        if (c.AmendsId is null && c.Operations.Count > 0)
        {
            errors.Add("operations", "Operations belong to an amendment (amends_version_id).");
        }

        errors.ThrowIfAny();
        var draft = context.Regulations;
        var regulation = RequireRegulation(context, c.RegulationId, "regulation_id");
        var number = draft.Drafted.VersionsOf(regulation.Id).Count() + 1;
        if (c.CopyInForce)
        {
            var inForce = context.Snapshot.Regulations.InForce(regulation, context.Today)
                ?? throw RuleViolations.One(RegulationRules.InForceToCopy, regulation.Subject, $"No version of the regulation is in force on {IsoDate.Format(context.Today)} to copy.");
            body = inForce.Body;
        }

        if (c.AmendsId is { } amendsId)
        {
            body = Consolidate(draft, regulation, amendsId, operations);
        }

        var version = new VersionState(id, 1, regulation.Id, number, VersionStatus.Draft, title, c.AmendsId, operations, body, null, null);
        draft.Put(version);
        return version;
    }

    public static VersionState UpdateDraft(WriteContext context, UpdateDraftCommand c)
    {
        var errors = c.Errors();
        var title = Title(c.Title, errors, required: false);
        var body = BodyInput.Check(c.Body, errors);
        var operations = Operations(c.Operations, errors);
        errors.ThrowIfAny();
        var (regulation, version) = RequireVersion(context, c.Id, c.ExpectedVersion);
        RequireStatus(version, VersionStatus.Draft, "Only drafts change: issued versions and versions in review are as they were decided.");
        if (version.AmendsId is { } amendsId)
        {
            if (c.Body.Count > 0)
            {
                throw InputErrors.One("body", "An amendment changes by its operations; its body is the consolidated text.");
            }

            body = Consolidate(context.Regulations, regulation, amendsId, operations);
        }
        else if (c.Operations.Count > 0)
        {
            throw InputErrors.One("operations", "Operations belong to an amendment.");
        }

        var updated = version with { Version = version.Version + 1, Body = body, Operations = operations, Title = title ?? version.Title };
        context.Regulations.Put(updated);
        return updated;
    }

    public static VersionState Submit(WriteContext context, SubmitVersionCommand c)
    {
        c.Errors().ThrowIfAny();
        var (_, version) = RequireVersion(context, c.Id, c.ExpectedVersion);
        RequireStatus(version, VersionStatus.Draft, "Only a draft is submitted for review.");
        var submitted = version with { Version = version.Version + 1, Status = VersionStatus.InReview };
        context.Regulations.Put(submitted);
        return submitted;
    }

    public static VersionState Issue(WriteContext context, IssueVersionCommand c)
    {
        var errors = c.Errors();
        var number = DecisionNumber(c.Decision, errors);
        errors.ThrowIfAny();
        var (regulation, version) = RequireVersion(context, c.Id, c.ExpectedVersion);
        RequireStatus(version, VersionStatus.InReview, "A version is issued from review (SubmitVersion first); issued versions do not change.");
        var decision = Signed(context, regulation, number, c.Decision);
        var issued = version with { Version = version.Version + 1, Status = VersionStatus.Issued, Decision = decision, EffectiveFrom = c.EffectiveFrom ?? decision.Date };
        context.Regulations.Put(issued);
        return issued;
    }

    public static RegulationState Repeal(WriteContext context, RepealRegulationCommand c)
    {
        var errors = c.Errors();
        var number = DecisionNumber(c.Decision, errors);
        if (c.EffectiveDate is null)
        {
            errors.Add("effective_date", "The first day without the regulation is required.");
        }

        errors.ThrowIfAny();
        var regulation = RequireRegulation(context, c.Id, "id");
        if (regulation.Version != c.ExpectedVersion)
        {
            throw new StaleVersionException(regulation.Subject, c.ExpectedVersion, regulation.Version);
        }

        if (regulation.RepealedFrom is not null)
        {
            throw RuleViolations.One(RegulationRules.Status, regulation.Subject, "The regulation is already repealed.");
        }

        var decision = Signed(context, regulation, number, c.Decision);
        var repealed = regulation with { Version = regulation.Version + 1, RepealedFrom = c.EffectiveDate, Repeal = decision };
        context.Regulations.Put(repealed);
        return repealed;
    }

    /// <summary>
    /// The signer may sign for the unit on the decision's date in the form given, as
    /// <see cref="AuthorityResolver"/> answers for a decision (Quyết định): else the rule says why, and who may.
    /// </summary>
    private static RegulationDecision Signed(WriteContext context, RegulationState regulation, string number, DecisionInput d)
    {
        var date = d.Date!.Value;
        if (context.Snapshot.Units.Get(regulation.UnitId, date) is null)
        {
            throw RuleViolations.One(RegulationRules.SignerAuthority, regulation.Subject, $"The unit does not exist on the decision's date {IsoDate.Format(date)}.");
        }

        var authority = AuthorityResolver.Resolve(context.Snapshot, regulation.UnitId, null, "Quyết định", date);
        var signer = authority.Signers.FirstOrDefault(s => s.Official.Id == d.SignerOfficialId && s.Form == d.Form);
        if (signer is null)
        {
            var who = authority.Signers.Count == 0
                ? "nobody (the head position is vacant and no delegation covers decisions)"
                : string.Join("; ", authority.Signers.Select(s => $"{s.Official.FullName} ({s.Official.Id}) {s.Form}"));
            throw RuleViolations.One(RegulationRules.SignerAuthority, regulation.Subject,
                $"Official {d.SignerOfficialId} may not sign a decision for the unit on {IsoDate.Format(date)} in the form {d.Form}. Who may: {who}.");
        }

        return new RegulationDecision(number, date, signer.Official.Id, signer.Form, signer.Official.FullName, signer.Position.Title, signer.SignatureBlock,
            d.Title is { Length: > 0 } t ? t : null);
    }

    private static string DecisionNumber(DecisionInput d, InputErrors errors)
    {
        var number = TextGuard.Line(d.Number, errors, "decision.number");
        if (number.Length is 0 or > 100 || !number.Contains('/', StringComparison.Ordinal))
        {
            errors.Add("decision.number", "The decision's number and symbol, e.g. 123/QĐ-UBND (at most 100 characters).");
        }

        if (d.Date is null)
        {
            errors.Add("decision.date", "The decision's date is required.");
        }

        if (d.SignerOfficialId == Guid.Empty)
        {
            errors.Add("decision.signer_official_id", "The signer is required.");
        }

        if (d.Form == SigningForm.Unspecified || !Enum.IsDefined(d.Form))
        {
            errors.Add("decision.signing_form", "The signing form is required (head, TM., KT., …).");
        }

        var title = TextGuard.Line(d.Title, errors, "decision.title");
        if (title.Length > 500)
        {
            errors.Add("decision.title", "At most 500 characters.");
        }

        return number;
    }

    private static RegulationBody Consolidate(RegulationsDraft draft, RegulationState regulation, Guid amendsId, IReadOnlyList<AmendmentOperation> operations)
    {
        if (draft.FindVersion(amendsId) is not { } amended || amended.RegulationId != regulation.Id || !amended.IsIssued)
        {
            throw RuleViolations.One(RegulationRules.AmendmentTargets, regulation.Subject, $"An amendment amends an issued version of the same regulation; {amendsId} is none.");
        }

        var (body, missing) = Amendments.Apply(amended.Body, operations);
        if (missing.Count > 0)
        {
            throw RuleViolations.One(RegulationRules.AmendmentTargets, amended.Subject,
                $"An amendment names provisions that exist in the version it amends: {string.Join(", ", missing)} name none of {amended.Subject}.");
        }

        return body;
    }

    private static IReadOnlyList<AmendmentOperation> Operations(IReadOnlyList<AmendmentOperation> operations, InputErrors errors)
    {
        var clean = new List<AmendmentOperation>();
        foreach (var (op, i) in operations.Select((o, i) => (o, i)))
        {
            var field = $"operations[{i}]";
            switch (op.Action)
            {
                case AmendmentAction.Change or AmendmentAction.Repeal when op.Target is null:
                    errors.Add($"{field}.target_guid", "A change or a repeal names the provision (its guid).");
                    break;
                case AmendmentAction.Change or AmendmentAction.Insert when op.Provision is null:
                    errors.Add($"{field}.provision", "A change or an insertion gives the provision's new text.");
                    break;
                case AmendmentAction.Unspecified:
                    errors.Add($"{field}.action", "An action is required: change, insert or repeal.");
                    break;
            }

            clean.Add(op with { Provision = op.Provision is { } p ? BodyInput.CheckOne(p, p.Kind - 1, errors, $"{field}.provision") : null });
        }

        return clean;
    }

    private static string? Title(string? raw, InputErrors errors, bool required)
    {
        var title = TextGuard.Line(raw, errors, "title");
        if (title.Length > 500 || (required && title.Length == 0))
        {
            errors.Add("title", "A title of 1 to 500 characters, e.g. Quy chế làm việc của Ủy ban nhân dân huyện.");
        }

        return title.Length == 0 ? null : title;
    }

    private static RegulationState RequireRegulation(WriteContext context, Guid id, string field)
    {
        var regulation = context.Regulations.Find(id);
        ChangeRights.RequireUnitOn(context, regulation?.UnitId, context.Today, Scopes.RegulationsWrite);
        return regulation ?? throw new NotFoundException("regulation", $"regulations/{id}", $"No regulation has the id {id} ({field}).");
    }

    private static (RegulationState Regulation, VersionState Version) RequireVersion(WriteContext context, Guid id, long expected)
    {
        var version = context.Regulations.FindVersion(id);
        var regulation = version is null ? null : context.Regulations.Find(version.RegulationId);
        ChangeRights.RequireUnitOn(context, regulation?.UnitId, context.Today, Scopes.RegulationsWrite);
        if (version is null || regulation is null)
        {
            throw new NotFoundException("regulation-version", $"regulation-versions/{id}", $"No regulation version has the id {id}.");
        }

        if (expected <= 0)
        {
            throw InputErrors.One("expected_version", "The version you read is required (a positive number).");
        }

        if (version.Version != expected)
        {
            throw new StaleVersionException(version.Subject, expected, version.Version);
        }

        return (regulation, version);
    }

    private static void RequireStatus(VersionState version, VersionStatus status, string why)
    {
        if (version.Status != status)
        {
            throw RuleViolations.One(status == VersionStatus.Draft ? RegulationRules.OnlyDrafts : RegulationRules.Status, version.Subject,
                $"{why} The version is {version.Status}.");
        }
    }
}
