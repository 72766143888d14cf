using Chancery.Core.Delegations.Catalogue;
using Chancery.Core.Kernel;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Text;
using Chancery.Core.Time;
using Chancery.Core.Units;

namespace Chancery.Core.Delegations;

/// <summary>One step of the chain behind a signer: an appointment or a delegation, with its decision and period.</summary>
public sealed record ChainLink(string Kind, Guid Id, string Description, LegalBasis Basis, Period Period);

/// <summary>Why a signer answers the question asked.</summary>
public enum AuthorityMatch
{
    /// <summary>Neither a field, a document kind nor a subject unit was asked: every signer.</summary>
    Any = 0,

    /// <summary>The head (or acting head) signs every document of the unit.</summary>
    Head = 1,

    /// <summary>The delegation names the field of work (its code).</summary>
    Field = 2,

    /// <summary>The delegation names the kind of document (diacritics and case folded).</summary>
    DocumentKind = 3,

    /// <summary>The assignment names the subject unit, or a unit above it, as supervised (đơn vị phụ trách).</summary>
    SupervisedUnit = 4,

    /// <summary>The deputy runs the unit on the date (the head absent, or the head position vacant): in every matter.</summary>
    RunsUnit = 5,
}

/// <summary>Someone who may sign for the unit on the date, how, as the signature block prints it, and why.</summary>
public sealed record Signer(
    OfficialState Official, PositionState Position, SigningForm Form, IReadOnlyList<string> SignatureBlock,
    IReadOnlyList<ChainLink> Chain, DelegationState? Delegation, bool RunsUnit,
    AuthorityMatch Match = AuthorityMatch.Any, string? Note = null, string? Scope = null);

/// <summary>Who may sign for a unit on a date in a field or for a document kind (none given: in any).</summary>
public sealed record Authority(Guid UnitId, DateOnly Date, bool HeadVacant, IReadOnlyList<Signer> Signers);

/// <summary>
/// Answers "who may sign for unit U, in field F, for document kind K or in matters of subordinate
/// unit S, on date D, and on what basis?" from the in-memory snapshot only. A signer answers when
/// any of the criteria given matches (<see cref="AuthorityMatch"/>); the head always does. Free
/// text (an authorization's scope) is shown, never matched. The blocks are <see cref="SignatureBlocks"/>'.
/// </summary>
public static class AuthorityResolver
{
    public static Authority Resolve(RegistrySnapshot snapshot, Guid unitId, string? fieldCode, string? documentKind, DateOnly date, Guid? subjectUnitId = null)
    {
        var positions = snapshot.Positions;
        var delegations = snapshot.Delegations;
        var unit = snapshot.Units.Get(unitId, date)!.Value;
        var signers = new List<Signer>();
        var head = positions.HeadOf(unitId, date);
        var headVacant = head is null || head.Vacant;
        foreach (var (appointment, official) in head?.Holders.Where(h => h.Appointment.IsHolder) ?? [])
        {
            var form = appointment.Kind == AppointmentKind.Acting ? SigningForm.Acting : head!.Position.CollectiveBody ? SigningForm.OnBehalf : SigningForm.Head;
            signers.Add(new Signer(official, head!.Position, form, SignatureBlocks.Head(unit, head.Position, appointment), [Link(snapshot, appointment)], null, false,
                AuthorityMatch.Head));
        }

        var query = new Query(fieldCode, string.IsNullOrWhiteSpace(documentKind) ? null : VietnameseText.Fold(documentKind), Supervisors(snapshot, unitId, subjectUnitId, date));
        foreach (var d in delegations.OfUnit(unitId))
        {
            var effective = delegations.Effective(d, positions);
            if (d.PassedFromId is not null || !effective.Contains(date) ||
                Side(snapshot, d.DelegatorAppointmentId) is not { } delegator || Side(snapshot, d.DelegateAppointmentId) is not { } grantee)
            {
                continue;
            }

            // An assignment made by the head of a unit above, to run this unit while its head position is vacant.
            var forVacancy = d.Kind == DelegationKind.Assignment && delegator.Position.UnitId != unitId;
            if (forVacancy && !headVacant)
            {
                continue;
            }

            var runs = d.RunsUnit is { } r && r.Contains(date);
            if (forVacancy && !runs || query.Match(d, runs) is not { } match)
            {
                continue;
            }

            var chain = new List<ChainLink> { Link(snapshot, delegator.Appointment), Link(snapshot, d, effective), Link(snapshot, grantee.Appointment) };
            var granteeTitle = SignatureBlocks.TitleWithUnit(snapshot, grantee.Position, grantee.Appointment, date);
            switch (d.Kind)
            {
                case DelegationKind.Assignment:
                    var headPosition = forVacancy ? head!.Position : delegator.Position;
                    var note = !runs ? null : forVacancy
                        ? $"Phụ trách, điều hành {unit.Version.Name} khi chức vụ {headPosition.Title} khuyết ({d.RunsUnit})"
                        : $"Điều hành {unit.Version.Name} khi {headPosition.Title} vắng mặt ({d.RunsUnit})";
                    signers.Add(new Signer(grantee.Official, grantee.Position, SigningForm.ForTheHead,
                        SignatureBlocks.ForTheHead(unit, headPosition, grantee.Position, grantee.Appointment), chain, d, runs, match, note));
                    break;
                case DelegationKind.Authorization:
                    signers.Add(new Signer(grantee.Official, grantee.Position, SigningForm.OnAuthorization,
                        SignatureBlocks.OnAuthorization(delegator.Position, granteeTitle), chain, d, false, match, null, d.Scope));
                    break;
                case DelegationKind.ByOrder:
                    signers.Add(new Signer(grantee.Official, grantee.Position, SigningForm.ByOrder, SignatureBlocks.ByOrder(delegator.Position, granteeTitle), chain, d, false, match));
                    foreach (var passed in delegations.PassedFrom(d.Id))
                    {
                        var passedEffective = delegations.Effective(passed, positions);
                        if (passedEffective.Contains(date) && (query.Kind is null || passed.CoversDocumentKind(query.Kind)) && Side(snapshot, passed.DelegateAppointmentId) is { } deputy)
                        {
                            signers.Add(new Signer(deputy.Official, deputy.Position, SigningForm.ForTheGrantee,
                                SignatureBlocks.ForTheGrantee(delegator.Position, granteeTitle, deputy.Position, deputy.Appointment),
                                [.. chain, Link(snapshot, passed, passedEffective), Link(snapshot, deputy.Appointment)], passed, false, match));
                        }
                    }

                    break;
            }
        }

        return new Authority(unitId, date, headVacant, signers);
    }

    /// <summary>The collective body as its TM. line prints it (kept for callers; see <see cref="SignatureBlocks.Body"/>).</summary>
    public static string Body(UnitView unit) => SignatureBlocks.Body(unit);

    public static string Upper(string text) => SignatureBlocks.Upper(text);

    /// <summary>The subject unit and the units above it below the unit asked about: an assignment supervising any of them covers the subject.</summary>
    private static HashSet<Guid>? Supervisors(RegistrySnapshot snapshot, Guid unitId, Guid? subjectUnitId, DateOnly date)
    {
        if (subjectUnitId is not { } subjectId || snapshot.Units.Get(subjectId, date) is not { } subject)
        {
            return null;
        }

        var path = new HashSet<Guid> { subjectId };
        foreach (var above in Enumerable.Reverse(snapshot.Units.Ancestors(subject, date)))
        {
            if (above.Unit.Id == unitId)
            {
                break;
            }

            path.Add(above.Unit.Id);
        }

        return path;
    }

    private sealed record Query(string? Field, string? Kind, HashSet<Guid>? Subject)
    {
        public AuthorityMatch? Match(DelegationState d, bool runs)
        {
            if (Field is null && Kind is null && Subject is null)
            {
                return AuthorityMatch.Any;
            }

            if (runs)
            {
                return AuthorityMatch.RunsUnit;
            }

            if (Field is not null && d.Fields.Contains(Field))
            {
                return AuthorityMatch.Field;
            }

            if (Kind is not null && d.CoversDocumentKind(Kind))
            {
                return AuthorityMatch.DocumentKind;
            }

            return Subject is not null && d.Kind == DelegationKind.Assignment && d.SupervisedUnits.Any(Subject.Contains) ? AuthorityMatch.SupervisedUnit : null;
        }
    }

    private sealed record SideOf(AppointmentState Appointment, PositionState Position, OfficialState Official);

    private static SideOf? Side(RegistrySnapshot snapshot, Guid appointmentId)
    {
        var positions = snapshot.Positions;
        return positions.FindAppointment(appointmentId) is { } a && positions.FindPosition(a.PositionId) is { } p && positions.FindOfficial(a.OfficialId) is { } o
            ? new SideOf(a, p, o)
            : null;
    }

    private static ChainLink Link(RegistrySnapshot snapshot, AppointmentState a)
    {
        var side = Side(snapshot, a.Id)!;
        var unit = snapshot.Units.Find(side.Position.UnitId)?.At(a.From)?.Name ?? "";
        return new ChainLink("appointment", a.Id, $"{side.Official.FullName}: {(a.Kind == AppointmentKind.Acting ? "Q. " : "")}{side.Position.Title}, {unit}", a.Basis, a.Period);
    }

    private static ChainLink Link(RegistrySnapshot snapshot, DelegationState d, Period effective)
    {
        var what = d.Kind switch
        {
            DelegationKind.Assignment => "phân công (KT.)" + (d.Fields.Count > 0 ? ": " + string.Join(", ", d.Fields.Select(f => FieldCatalogue.Name(snapshot, FieldsUnit(snapshot, d), f, effective.From))) : "") +
                (d.SupervisedUnits.Count > 0 ? "; phụ trách " + string.Join(", ", d.SupervisedUnits.Select(u => snapshot.Units.Find(u)?.At(effective.From)?.Name ?? u.ToString())) : "") +
                (d.RunsUnit is { } runs ? $"; điều hành {runs}" : ""),
            DelegationKind.Authorization => "ủy quyền (TUQ.): " + d.Scope,
            _ => (d.PassedFromId is null ? "thừa lệnh (TL.): " : "giao lại ký thay (KT. dưới TL.): ") + string.Join(", ", d.DocumentKinds),
        };
        var names = $"{Name(snapshot, d.DelegatorOfficialId)} → {Name(snapshot, d.DelegateOfficialId)}";
        return new ChainLink(d.Kind switch { DelegationKind.Assignment => "assignment", DelegationKind.Authorization => "authorization", _ => "by_order" },
            d.Id, $"{names}, {what}", d.Basis, effective);
    }

    /// <summary>The unit whose fields a delegation names: its own, or for a pass-on the unit of the grant it passes on.</summary>
    private static Guid FieldsUnit(RegistrySnapshot snapshot, DelegationState d) =>
        d.PassedFromId is { } parent && snapshot.Delegations.Find(parent) is { } grant ? grant.UnitId : d.UnitId;

    private static string Name(RegistrySnapshot snapshot, Guid officialId) => snapshot.Positions.FindOfficial(officialId)?.FullName ?? officialId.ToString();
}
