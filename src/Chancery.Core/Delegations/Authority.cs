using Chancery.Core.Kernel;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Text;
using Chancery.Core.Time;
using Chancery.Core.Units;

namespace Chancery.Core.Delegations;

/// <summary>One step of the chain behind a signer: an appointment or a delegation, with its decision and period.</summary>
public sealed record ChainLink(string Kind, Guid Id, string Description, LegalBasis Basis, Period Period);

/// <summary>Someone who may sign for the unit on the date, how, as the signature block prints it, and why.</summary>
public sealed record Signer(
    OfficialState Official, PositionState Position, SigningForm Form, IReadOnlyList<string> SignatureBlock,
    IReadOnlyList<ChainLink> Chain, DelegationState? Delegation, bool RunsUnit);

/// <summary>Who may sign for a unit on a date in a field or for a document kind (none given: in any).</summary>
public sealed record Authority(Guid UnitId, DateOnly Date, bool HeadVacant, IReadOnlyList<Signer> Signers);

/// <summary>
/// Answers "who may sign for unit U, in field F or for document kind K, on date D, and on what
/// basis?" from the in-memory snapshot only. The signature block follows the annex of Decree
/// 30/2020/NĐ-CP on the signer's authority and title: <c>TM. ỦY BAN NHÂN DÂN</c> /
/// <c>KT. CHỦ TỊCH</c> / <c>PHÓ CHỦ TỊCH</c>; <c>TUQ. CHỦ TỊCH</c> / <c>GIÁM ĐỐC SỞ NỘI VỤ</c>;
/// <c>TL. CHỦ TỊCH</c> / <c>CHÁNH VĂN PHÒNG</c>; <c>TL. CHỦ TỊCH</c> / <c>KT. CHÁNH VĂN PHÒNG</c> /
/// <c>PHÓ CHÁNH VĂN PHÒNG</c>; an acting holder's title carries <c>Q.</c>
/// </summary>
public static class AuthorityResolver
{
    public static Authority Resolve(RegistrySnapshot snapshot, Guid unitId, string? fieldCode, string? documentKind, DateOnly date)
    {
        var positions = snapshot.Positions;
        var delegations = snapshot.Delegations;
        var unit = snapshot.Units.Get(unitId, date)!.Value;
        var signers = new List<Signer>();
        var head = positions.HeadOf(unitId, date);
        foreach (var (appointment, official) in head?.Holders.Where(h => h.Appointment.IsHolder) ?? [])
        {
            var acting = appointment.Kind == AppointmentKind.Acting;
            var title = Title(head!.Position, appointment);
            IReadOnlyList<string> block = head.Position.CollectiveBody ? ["TM. " + Body(unit), title] : [title];
            var form = acting ? SigningForm.Acting : head.Position.CollectiveBody ? SigningForm.OnBehalf : SigningForm.Head;
            signers.Add(new Signer(official, head.Position, form, block, [Link(snapshot, appointment)], null, false));
        }

        var kind = string.IsNullOrWhiteSpace(documentKind) ? null : VietnameseText.Fold(documentKind);
        foreach (var d in delegations.OfUnit(unitId))
        {
            if (d.PassedFromId is not null || !delegations.Effective(d, positions).Contains(date))
            {
                continue;
            }

            var runs = d.RunsUnit is { } r && r.Contains(date);
            var matches = (fieldCode is null && kind is null) || runs || (fieldCode is not null && d.Fields.Contains(fieldCode)) ||
                (kind is not null && d.CoversDocumentKind(kind));
            if (!matches || Side(snapshot, d.DelegatorAppointmentId) is not { } delegator || Side(snapshot, d.DelegateAppointmentId) is not { } grantee)
            {
                continue;
            }

            var headTitle = Upper(delegator.Position.Title);
            var chain = new List<ChainLink> { Link(snapshot, delegator.Appointment), Link(snapshot, d, delegations.Effective(d, positions)), Link(snapshot, grantee.Appointment) };
            var granteeTitle = d.Kind == DelegationKind.ByOrder && grantee.Position.Role == PositionRole.ChiefOfOffice
                ? Title(grantee.Position, grantee.Appointment)
                : TitleWithUnit(snapshot, grantee.Position, grantee.Appointment, date);
            switch (d.Kind)
            {
                case DelegationKind.Assignment:
                    IReadOnlyList<string> kt = delegator.Position.CollectiveBody
                        ? ["TM. " + Body(unit), "KT. " + headTitle, Title(grantee.Position, grantee.Appointment)]
                        : ["KT. " + headTitle, Title(grantee.Position, grantee.Appointment)];
                    signers.Add(new Signer(grantee.Official, grantee.Position, SigningForm.ForTheHead, kt, chain, d, runs));
                    break;
                case DelegationKind.Authorization:
                    signers.Add(new Signer(grantee.Official, grantee.Position, SigningForm.OnAuthorization, ["TUQ. " + headTitle, granteeTitle], chain, d, false));
                    break;
                case DelegationKind.ByOrder:
                    signers.Add(new Signer(grantee.Official, grantee.Position, SigningForm.ByOrder, ["TL. " + headTitle, granteeTitle], chain, d, false));
                    foreach (var passed in delegations.PassedFrom(d.Id))
                    {
                        var effective = delegations.Effective(passed, positions);
                        if (effective.Contains(date) && (kind is null || passed.CoversDocumentKind(kind)) && Side(snapshot, passed.DelegateAppointmentId) is { } deputy)
                        {
                            signers.Add(new Signer(deputy.Official, deputy.Position, SigningForm.ForTheGrantee,
                                ["TL. " + headTitle, "KT. " + granteeTitle, Title(deputy.Position, deputy.Appointment)],
                                [.. chain, Link(snapshot, passed, effective), Link(snapshot, deputy.Appointment)], passed, false));
                        }
                    }

                    break;
            }
        }

        return new Authority(unitId, date, head is null || head.Vacant, signers);
    }

    /// <summary>The collective body as its TM. line prints it: the kind of body, the place being in the document's header.</summary>
    public static string Body(UnitView unit) => unit.Version.Kind switch
    {
        UnitKind.PeopleCommittee => "ỦY BAN NHÂN DÂN",
        UnitKind.PeopleCouncil => "HỘI ĐỒNG NHÂN DÂN",
        UnitKind.PartyCommittee => "BAN THƯỜNG VỤ",
        _ => Upper(unit.Version.ShortName ?? unit.Version.Name),
    };

    public static string Upper(string text) => text.ToUpper(VietnameseText.Culture);

    private static string Title(PositionState position, AppointmentState appointment) =>
        (appointment.Kind == AppointmentKind.Acting ? "Q. " : "") + Upper(position.Title);

    /// <summary>"GIÁM ĐỐC SỞ NỘI VỤ"; "Trưởng phòng" of "Phòng Nội vụ" prints "TRƯỞNG PHÒNG NỘI VỤ".</summary>
    private static string TitleWithUnit(RegistrySnapshot snapshot, PositionState position, AppointmentState appointment, DateOnly date)
    {
        var title = Title(position, appointment);
        if (snapshot.Units.Get(position.UnitId, date) is not { } unit)
        {
            return title;
        }

        var name = Upper(unit.Version.ShortName ?? unit.Version.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = name.Length > 1 && words.Length > 0 && words[^1] == name[0] ? name[1..] : name;
        return string.Join(' ', words.Concat(rest));
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
            DelegationKind.Assignment => "phân công (KT.)" + (d.Fields.Count > 0 ? ": " + string.Join(", ", d.Fields.Select(f => FieldsOfWork.Find(f)?.Name ?? f)) : ""),
            DelegationKind.Authorization => "ủy quyền (TUQ.): " + d.Scope,
            _ => (d.PassedFromId is null ? "thừa lệnh (TL.): " : "giao lại ký thay (KT. dưới TL.): ") + string.Join(", ", d.DocumentKinds),
        };
        var names = $"{Name(snapshot, d.DelegatorOfficialId)} → {Name(snapshot, d.DelegateOfficialId)}";
        return new ChainLink(d.Kind switch { DelegationKind.Assignment => "assignment", DelegationKind.Authorization => "authorization", _ => "by_order" },
            d.Id, $"{names}, {what}", d.Basis, effective);
    }

    private static string Name(RegistrySnapshot snapshot, Guid officialId) => snapshot.Positions.FindOfficial(officialId)?.FullName ?? officialId.ToString();
}
