using Chancery.Core.Registry;
using Chancery.Core.Units;
using Chancery.Core.Units.Commands;
using static Chancery.Core.Tests.Support.Dates;

namespace Chancery.Core.Tests.Support;

/// <summary>
/// A hierarchy for one test: units are laid down as states, the snapshot is built from them with
/// <see cref="UnitsSnapshot.Build"/>, and commands run on a <see cref="WriteContext"/> over it.
/// What a command changes is kept (as the writer would store it), so a test can chain commands.
/// Ids are sequential and readable: unit 1 is <c>00000000-0000-0000-0000-000000000001</c>.
/// </summary>
internal sealed class TestHierarchy
{
    public const string Epoch = "2000-01-01";

    private readonly Dictionary<Guid, UnitState> units = [];
    private UnitsSnapshot? snapshot;
    private int nextId;
    private long sequence;

    /// <summary>"Today" for commands that take no effective date.</summary>
    public DateOnly Today { get; set; } = Day("2025-10-01");

    public UnitsSnapshot Snapshot => snapshot ??= UnitsSnapshot.Build(units.Values);

    public UnitState this[Guid id] => units[id];

    public Guid NewId() => new($"00000000-0000-0000-0000-{++nextId:D12}");

    /// <summary>A unit with one version, from <paramref name="from"/> until <paramref name="to"/> (or further notice).</summary>
    public Guid Unit(
        string name, Guid? parent = null, string from = Epoch, string? to = null, string? code = null,
        UnitKind kind = UnitKind.Other, string? shortName = null) =>
        Put(new UnitVersionState(Day(from), DayOrNull(to), name, shortName, kind, parent, code));

    /// <summary>A unit with a history: contiguous versions, oldest first.</summary>
    public Guid Put(params UnitVersionState[] versions)
    {
        var id = NewId();
        Put(new UnitState(id, 1, versions));
        return id;
    }

    public void Put(UnitState unit)
    {
        units[unit.Id] = unit;
        snapshot = null;
    }

    public WriteContext Context() => Over(Snapshot, sequence, Today);

    /// <summary>A write context over a hierarchy, as a command outside the writer sees it (the rest of the registry empty).</summary>
    public static WriteContext Over(UnitsSnapshot hierarchy, long sequence, DateOnly today) =>
        new(RegistrySnapshot.Empty.With(hierarchy, sequence), today, "test");

    /// <summary>Runs a command and keeps what it changed, like a committed write.</summary>
    public T Run<T>(Func<WriteContext, T> command)
    {
        var context = Context();
        var result = command(context);
        var changed = context.ChangedUnits();
        foreach (var unit in changed)
        {
            Put(unit);
        }

        sequence += changed.Count > 0 ? 1 : 0;
        return result;
    }

    public UnitView Create(string name, Guid? parent = null, string? from = null, string? code = null, UnitKind kind = UnitKind.Other) =>
        Run(c => CreateUnit.Apply(c, new CreateUnitCommand(name, null, kind, parent, code, DayOrNull(from)), NewId()));

    public UnitView Move(Guid id, Guid? parent, string? effective) =>
        Run(c => MoveUnit.Apply(c, new MoveUnitCommand(id, parent, this[id].Version, DayOrNull(effective))));

    public UnitView Rename(Guid id, string name, string? effective) =>
        Run(c => UpdateUnit.Apply(c, Update(id, UnitFields.Name, effective) with { Name = name }));

    public UnitView SetCode(Guid id, string? code, string? effective) =>
        Run(c => UpdateUnit.Apply(c, Update(id, UnitFields.Code, effective) with { Code = code }));

    public UnitView Close(Guid id, string? effective) =>
        Run(c => CloseUnit.Apply(c, new CloseUnitCommand(id, this[id].Version, DayOrNull(effective))));

    /// <summary>An update of the given fields at the version the unit is at; the test fills in the values.</summary>
    public UpdateUnitCommand Update(Guid id, UnitFields fields, string? effective) =>
        new(id, fields, null, null, UnitKind.Unspecified, null, this[id].Version, DayOrNull(effective));

    public static UnitVersionState Version(
        string from, string? to, string name, Guid? parent = null, string? code = null, UnitKind kind = UnitKind.Other) =>
        new(Day(from), DayOrNull(to), name, null, kind, parent, code);
}
