using Chancery.Core.Delegations.Catalogue;
using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Text;
using Chancery.Core.Time;
using Chancery.Core.Units;

namespace Chancery.Core.Delegations;

/// <summary>Checks and cleans what callers give for a delegation: every bad field together.</summary>
public static class DelegationInput
{
    /// <summary>So that the stored lists fit their columns (100 ids of 36 characters; 16 kinds of at most 200).</summary>
    public const int MaxSupervisedUnits = 100;

    public const int MaxDocumentKinds = 16;

    /// <summary>So that the stored codes fit their column (40 codes of at most 40 characters).</summary>
    public const int MaxFields = 40;

    public static DelegationDraft Check(CreateDelegationCommand c, DateOnly from, RegistrySnapshot snapshot, InputErrors errors)
    {
        if (c.Kind == DelegationKind.Unspecified || !Enum.IsDefined(c.Kind))
        {
            errors.Add("kind", "A kind is required: assignment (KT.), authorization (TUQ.) or by order (TL.).");
        }

        if (c.ValidTo is { } to && to <= from)
        {
            errors.Add("valid_to", "The end of a period comes after its start.");
        }

        var fields = new List<string>();
        var codes = c.FieldCodes.Select(f => f?.Trim() ?? "").Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count > MaxFields)
        {
            errors.Add("field_codes", $"At most {MaxFields} fields of work.");
        }

        foreach (var code in codes.Take(MaxFields))
        {
            if (!FieldCatalogue.IsKnown(snapshot, code))
            {
                errors.Add("field_codes", $"'{Shorten(code)}' is not a field of the catalogue (ListFields, national or a unit's own), e.g. noi-vu Nội vụ.");
            }
            else
            {
                fields.Add(code);
            }
        }

        var supervised = c.SupervisedUnitIds.Distinct().ToList();
        if (supervised.Count > MaxSupervisedUnits)
        {
            errors.Add("supervised_unit_ids", $"At most {MaxSupervisedUnits} supervised units.");
            supervised = [];
        }

        foreach (var unitId in supervised.Where(u => snapshot.Units.Get(u, from) is null))
        {
            errors.Add("supervised_unit_ids", $"No unit has the id {unitId} on {IsoDate.Format(from)}.");
        }

        var kinds = new List<string>();
        if (c.DocumentKinds.Count > MaxDocumentKinds)
        {
            errors.Add("document_kinds", $"At most {MaxDocumentKinds} kinds of documents.");
        }

        foreach (var raw in c.DocumentKinds.Take(MaxDocumentKinds))
        {
            var kind = TextGuard.Line(raw, errors, "document_kinds");
            if (kind.Length is 0 or > 200)
            {
                errors.Add("document_kinds", "A document kind (Công văn, Giấy mời, Thông báo…) has 1 to 200 characters.");
            }
            else if (!kinds.Any(k => VietnameseText.Fold(k) == VietnameseText.Fold(kind)))
            {
                kinds.Add(kind);
            }
        }

        var scope = TextGuard.Line(c.Scope, errors, "scope");
        if (scope.Length > 2000)
        {
            errors.Add("scope", "At most 2000 characters.");
        }

        Period? runs = null;
        if (c.WhileHeadVacant)
        {
            // Until a head is appointed, or to an end given within the assignment's.
            var runsFrom = c.RunsUnitFrom ?? from;
            var runsTo = c.RunsUnitTo ?? c.ValidTo;
            if (c.Kind != DelegationKind.Assignment || runsFrom < from || (runsTo is { } t && (t <= runsFrom || (c.ValidTo is { } e && t > e))))
            {
                errors.Add("while_head_vacant", "Running a unit whose head position is vacant is an assignment, over a period within the assignment's.");
            }
            else
            {
                runs = new Period(runsFrom, runsTo);
            }
        }
        else if (c.RunsUnitFrom is { } runsFrom)
        {
            var runsTo = c.RunsUnitTo ?? c.ValidTo;
            if (runsTo is null || runsTo <= runsFrom || runsFrom < from || (c.ValidTo is { } end && runsTo > end))
            {
                errors.Add("runs_unit_to", "Running the unit in the head's absence is for a period with an end, within the assignment's.");
            }
            else
            {
                runs = new Period(runsFrom, runsTo);
            }
        }
        else if (c.RunsUnitTo is not null)
        {
            errors.Add("runs_unit_from", "Give the start of the period the deputy runs the unit.");
        }

        switch (c.Kind)
        {
            case DelegationKind.Assignment:
                if (fields.Count == 0 && supervised.Count == 0 && c.RunsUnitFrom is null && !c.WhileHeadVacant)
                {
                    errors.Add("field_codes", "An assignment names fields of work, supervised units, or a period of running the unit.");
                }

                break;
            case DelegationKind.Authorization:
                if (c.ValidTo is null)
                {
                    errors.Add("valid_to", "An authorization is limited in time: its end date is required.");
                }

                if (scope.Length == 0)
                {
                    errors.Add("scope", "An authorization is limited in content: its scope is required.");
                }

                if (fields.Count == 0 && kinds.Count == 0)
                {
                    errors.Add("field_codes",
                        "An authorization names what it covers as fields of work (field_codes) and/or kinds of documents (document_kinds): " +
                        "ResolveAuthority matches those; the scope's text is shown with the signer, never matched.");
                }

                break;
            case DelegationKind.ByOrder:
                if (kinds.Count == 0)
                {
                    errors.Add("document_kinds", "A grant by order names the kinds of documents it covers.");
                }

                break;
        }

        if (c.Kind != DelegationKind.Assignment && (supervised.Count > 0 || c.RunsUnitFrom is not null))
        {
            errors.Add("supervised_unit_ids", "Supervised units and running the unit belong to an assignment.");
        }

        string? overlapReason = null;
        if (c.OverlapOnPurpose)
        {
            overlapReason = TextGuard.Line(c.Reason, errors, "reason");
            if (overlapReason.Length == 0)
            {
                errors.Add("reason", "An overlap on purpose says why, in the reason.");
            }
        }

        return new DelegationDraft(c.Kind, c.UnitId, c.DelegatorOfficialId, c.DelegateOfficialId, c.PassedFromId, fields, supervised, kinds,
            scope.Length == 0 ? null : scope, runs, from, c.ValidTo, overlapReason, c.Basis)
        { WhileHeadVacant = c.WhileHeadVacant && runs is not null };
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
