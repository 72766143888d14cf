using Chancery.Core.Delegations;
using Chancery.Core.Kernel;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Units;
using static Chancery.Core.Tests.Support.Dates;

namespace Chancery.Core.Tests.Support;

/// <summary>
/// Units, positions, officials and appointments for one test, in memory: laid down as states (the
/// units in a <see cref="TestHierarchy"/>), built into one registry snapshot with
/// <see cref="RegistrySnapshot.With{T}"/>, and changed by commands run on a <see cref="WriteContext"/>
/// over it. <see cref="Run{T}"/> checks every part's rules over what the command drafted, as the
/// writer does, and keeps what it changed, so a test can chain commands.
/// </summary>
internal sealed class TestStaffing
{
    public static readonly LegalBasis Decision = new("125/QĐ-UBND", Day("2020-12-28"), "Ủy ban nhân dân tỉnh", null);

    private readonly Dictionary<Guid, PositionState> positions = [];
    private readonly Dictionary<Guid, AppointmentState> appointments = [];
    private readonly Dictionary<Guid, OfficialState> officials = [];
    private readonly Dictionary<Guid, DelegationState> delegations = [];
    private long sequence;

    public TestHierarchy Units { get; } = new();

    public RegistrySnapshot Snapshot =>
        RegistrySnapshot.Empty
            .With(Units.Snapshot, sequence)
            .With(PositionsSnapshot.Build(positions.Values, appointments.Values, officials.Values))
            .With(DelegationsSnapshot.Build(delegations.Values));

    public DelegationState Delegation(Guid id) => delegations[id];

    public PositionState Position(Guid id) => positions[id];

    public AppointmentState Appointment(Guid id) => appointments[id];

    public IEnumerable<PositionState> PositionsOf(Guid unitId) => positions.Values.Where(p => p.UnitId == unitId).OrderBy(p => p.From);

    public IEnumerable<AppointmentState> AppointmentsTo(Guid positionId) => appointments.Values.Where(a => a.PositionId == positionId).OrderBy(a => a.From);

    public Guid Unit(string name, Guid? parent = null, string from = TestHierarchy.Epoch, string? to = null) =>
        Units.Unit(name, parent, from, to, kind: UnitKind.PeopleCommittee);

    /// <summary>A stored position (not created by a command), from <paramref name="from"/> until <paramref name="to"/>.</summary>
    public Guid PositionIn(Guid unitId, string title = "Phó Chủ tịch", PositionRole role = PositionRole.Deputy, string from = TestHierarchy.Epoch, string? to = null, bool collective = false)
    {
        var id = Units.NewId();
        positions[id] = new PositionState(id, 1, unitId, title, role, collective, Day(from), DayOrNull(to));
        return id;
    }

    public Guid Official(string fullName = "Nguyễn Văn An")
    {
        var id = Units.NewId();
        officials[id] = new OfficialState(id, 1, fullName, null);
        return id;
    }

    /// <summary>A stored appointment (not made by a command).</summary>
    public Guid AppointmentOf(Guid officialId, Guid positionId, AppointmentKind kind = AppointmentKind.Permanent, string from = "2021-01-01", string? to = null)
    {
        var id = Units.NewId();
        appointments[id] = new AppointmentState(id, 1, officialId, positionId, kind, Day(from), DayOrNull(to), Decision);
        return id;
    }

    public WriteContext Context() => new(Snapshot, Units.Today, "test");

    /// <summary>Runs a command, checks every rule over what it drafted, and keeps what it changed, like a committed write.</summary>
    public T Run<T>(Func<WriteContext, T> command)
    {
        var context = Context();
        var result = command(context);
        context.CheckRules();
        Keep(context);
        return result;
    }

    public PositionState CreatePosition(Guid unitId, string from, PositionRole role = PositionRole.Deputy, string title = "Phó Chủ tịch") =>
        Run(c => PositionChanges.Create(c, Units.NewId(), unitId, title, role, false, Day(from)));

    public AppointmentState Appoint(Guid officialId, Guid positionId, AppointmentKind kind = AppointmentKind.Permanent, string from = "2021-01-01", string? to = null) =>
        Run(c => PositionChanges.Appoint(c, Units.NewId(), officialId, positionId, kind, Day(from), DayOrNull(to), Decision));

    public PositionState ClosePosition(Guid positionId, string effective, bool endAppointments) =>
        Run(c => PositionChanges.Close(c, positionId, Day(effective), endAppointments, positions[positionId].Version));

    public AppointmentState EndAppointment(Guid appointmentId, string effective) =>
        Run(c => PositionChanges.End(c, appointmentId, Day(effective), appointments[appointmentId].Version));

    private void Keep(WriteContext context)
    {
        var changed = false;
        if (context.HasDraft<UnitsDraft>())
        {
            foreach (var unit in context.ChangedUnits())
            {
                Units.Put(unit);
                changed = true;
            }
        }

        if (context.HasDraft<PositionsDraft>())
        {
            var draft = context.Positions;
            changed |= draft.HasChanges;
            foreach (var position in draft.ChangedPositions)
            {
                positions[position.Id] = position;
            }

            foreach (var appointment in draft.ChangedAppointments)
            {
                appointments[appointment.Id] = appointment;
            }

            foreach (var official in draft.ChangedOfficials)
            {
                officials[official.Id] = official;
            }
        }

        if (context.HasDraft<DelegationsDraft>())
        {
            changed |= context.Delegations.HasChanges;
            foreach (var delegation in context.Delegations.Changed)
            {
                delegations[delegation.Id] = delegation;
            }
        }

        sequence += changed ? 1 : 0;
    }
}
