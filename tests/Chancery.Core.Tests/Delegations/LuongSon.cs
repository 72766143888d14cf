using Chancery.Core.Delegations;
using Chancery.Core.Kernel;
using Chancery.Core.Positions;
using Chancery.Core.Units;

namespace Chancery.Core.Tests.Delegations;

/// <summary>
/// The People's Committee of Lương Sơn (a collective body) with its Chairman, two Vice-Chairmen and
/// the chief of office, and its Phòng Nội vụ with a head and a deputy; everyone appointed from
/// 2021-01-01 until further notice.
/// </summary>
internal sealed class LuongSon
{
    public static readonly LegalBasis Decision = new("15/QĐ-UBND", Day("2021-01-05"), "Ủy ban nhân dân huyện Lương Sơn", null);

    public LuongSon()
    {
        Committee = S.Units.Unit("Ủy ban nhân dân huyện Lương Sơn", kind: UnitKind.PeopleCommittee);
        Office = S.Units.Unit("Phòng Nội vụ", Committee, kind: UnitKind.Division);
        ChairPosition = S.PositionIn(Committee, "Chủ tịch", PositionRole.Head, collective: true);
        DeputyPosition1 = S.PositionIn(Committee, "Phó Chủ tịch");
        DeputyPosition2 = S.PositionIn(Committee, "Phó Chủ tịch");
        ChiefPosition = S.PositionIn(Committee, "Chánh Văn phòng", PositionRole.ChiefOfOffice);
        OfficeHeadPosition = S.PositionIn(Office, "Trưởng phòng", PositionRole.Head);
        OfficeDeputyPosition = S.PositionIn(Office, "Phó Trưởng phòng");
        Chair = S.Official("Bùi Văn Chủ");
        Deputy1 = S.Official("Nguyễn Văn Một");
        Deputy2 = S.Official("Trần Thị Hai");
        Chief = S.Official("Lê Văn Chánh");
        OfficeHead = S.Official("Đinh Thị Trưởng");
        OfficeDeputy = S.Official("Hà Văn Phó");
        ChairAppointment = S.AppointmentOf(Chair, ChairPosition);
        Deputy1Appointment = S.AppointmentOf(Deputy1, DeputyPosition1);
        Deputy2Appointment = S.AppointmentOf(Deputy2, DeputyPosition2);
        S.AppointmentOf(Chief, ChiefPosition);
        OfficeHeadAppointment = S.AppointmentOf(OfficeHead, OfficeHeadPosition);
        S.AppointmentOf(OfficeDeputy, OfficeDeputyPosition);
    }

    public TestStaffing S { get; } = new();

    public Guid Committee { get; }

    public Guid Office { get; }

    public Guid ChairPosition { get; }

    public Guid DeputyPosition1 { get; }

    public Guid DeputyPosition2 { get; }

    public Guid ChiefPosition { get; }

    public Guid OfficeHeadPosition { get; }

    public Guid OfficeDeputyPosition { get; }

    public Guid Chair { get; }

    public Guid Deputy1 { get; }

    public Guid Deputy2 { get; }

    public Guid Chief { get; }

    public Guid OfficeHead { get; }

    public Guid OfficeDeputy { get; }

    public Guid ChairAppointment { get; }

    public Guid Deputy1Appointment { get; }

    public Guid Deputy2Appointment { get; }

    public Guid OfficeHeadAppointment { get; }

    /// <summary>Runs a new delegation as the command does: its input checked, then made, then every rule.</summary>
    public DelegationState Create(CreateDelegationCommand c) => S.Run(context =>
    {
        var errors = c.Errors();
        var draft = DelegationInput.Check(c, c.ValidFrom ?? context.Today, context.Snapshot, errors);
        errors.ThrowIfAny();
        return DelegationChanges.Create(context, S.Units.NewId(), draft);
    });

    public DelegationState Assign(Guid delegate_, string[] fields, string from = "2022-01-01", string? to = null, Guid? delegator = null,
        bool onPurpose = false, string? reason = null, string? runsFrom = null, string? runsTo = null) =>
        Create(new CreateDelegationCommand(DelegationKind.Assignment, Committee, delegator ?? Chair, delegate_, null, fields, [], [], null,
            DayOrNull(runsFrom), DayOrNull(runsTo), Day(from), DayOrNull(to), Decision, onPurpose, reason));

    public DelegationState Authorize(Guid delegate_, string? scope = "Ký hợp đồng lao động", string from = "2022-01-01", string? to = "2022-12-31", Guid? passedFrom = null) =>
        Create(new CreateDelegationCommand(DelegationKind.Authorization, Committee, Chair, delegate_, passedFrom, [], [], ["Hợp đồng"], scope,
            null, null, Day(from), DayOrNull(to), Decision, false, null));

    public DelegationState ByOrder(Guid delegate_, string[] kinds, string from = "2022-01-01", string? to = null, Guid? unit = null, Guid? delegator = null, Guid? passedFrom = null) =>
        Create(new CreateDelegationCommand(DelegationKind.ByOrder, unit ?? Committee, delegator ?? Chair, delegate_, passedFrom, [], [], kinds, null,
            null, null, Day(from), DayOrNull(to), Decision, false, null));

    public Authority Resolve(string? field, string date, string? kind = null) =>
        AuthorityResolver.Resolve(S.Snapshot, Committee, field, kind, Day(date));
}
