using Chancery.Benchmarks.Generation;
using Chancery.Core.Units;
using Chancery.Core.Positions;

namespace Chancery.Benchmarks.Staffing;

/// <summary>
/// Positions, officials and appointments over a generated national hierarchy, the same for the
/// same hierarchy and seed: in every unit that is not an administrative division one head position
/// and its deputies (Chủ tịch and Phó Chủ tịch, Giám đốc and Phó Giám đốc, Trưởng phòng…) over the
/// unit's existence since <see cref="TermDraw.Floor"/>; their appointments with history
/// (<see cref="TermDraw"/>), some heads of teams and groups held concurrently by the head of the
/// unit above; the officials who hold them (<see cref="OfficialAssigner"/>).
/// </summary>
public sealed class NationalStaffing
{
    private NationalStaffing(List<GenPosition> positions, List<Official> officials, int seed)
    {
        Generated = positions;
        Officials = officials;
        Positions = positions.Select(ToRow).ToList();
        Appointments = AppointmentRows.From(positions, new SeededRandom(unchecked(seed * 31 + 29)));
    }

    public IReadOnlyList<GenPosition> Generated { get; }

    public List<Position> Positions { get; }

    public List<Official> Officials { get; }

    public List<Appointment> Appointments { get; }

    public static NationalStaffing Generate(NationalHierarchy hierarchy, int seed)
    {
        var random = new SeededRandom(unchecked(seed * 31 + 17));
        var ids = new SeededRandom(unchecked(seed * 31 + 19));
        var positions = new List<GenPosition>();
        var heads = new Dictionary<GenNode, GenPosition>();
        foreach (var unit in hierarchy.Today.Concat(hierarchy.Former))
        {
            var from = unit.Established > TermDraw.Floor ? unit.Established : TermDraw.Floor;
            if (PositionCatalogue.For(unit, random) is not { } shape || (unit.Closed is { } closed && closed <= from))
            {
                continue;
            }

            var province = ProvinceOf(unit);
            var head = new GenPosition(ids.NextGuid(), unit, province, shape.HeadTitle, PositionRole.Head, shape, from, unit.Closed);
            heads[unit] = head;
            positions.Add(head);
            for (var i = 0; i < shape.Deputies; i++)
            {
                positions.Add(new GenPosition(ids.NextGuid(), unit, province, shape.DeputyTitle, PositionRole.Deputy, shape, from, unit.Closed));
            }
        }

        foreach (var position in positions)
        {
            TermDraw.Draw(random, position);
        }

        Concurrent(random, positions, heads);
        var assigner = new OfficialAssigner(random, ids, new SeededRandom(unchecked(seed * 31 + 23)));
        assigner.Assign(positions);
        return new NationalStaffing(positions, assigner.Officials, seed);
    }

    /// <summary>Some heads of sub-divisions, teams, stations and groups are held concurrently (kiêm nhiệm) by the current head of the unit above.</summary>
    private static void Concurrent(SeededRandom random, List<GenPosition> positions, Dictionary<GenNode, GenPosition> heads)
    {
        foreach (var position in positions)
        {
            if (position.Role != PositionRole.Head || position.To is not null
                || position.Unit.Kind is not (UnitKind.SubDivision or UnitKind.Team or UnitKind.Station or UnitKind.Group)
                || position.Terms[^1] is not { To: null } current || random.NextDouble() >= 0.06
                || position.Unit.Parent is not { } parent || !heads.TryGetValue(parent, out var above)
                || above.Terms[^1] is not { To: null, ConcurrentOf: null } held)
            {
                continue;
            }

            current.Kind = AppointmentKind.Concurrent;
            current.ConcurrentOf = held;
            current.From = current.From > held.From ? current.From : held.From;
        }
    }

    private static GenNode ProvinceOf(GenNode unit)
    {
        while (unit.Depth > 2 && unit.Parent is not null)
        {
            unit = unit.Parent;
        }

        return unit;
    }

    private static Position ToRow(GenPosition p) => new()
    {
        Id = p.Id,
        Version = 1,
        UnitId = p.Unit.Id,
        Title = p.Title,
        Role = p.Role,
        CollectiveBody = p.Shape.CollectiveBody,
        ValidFrom = p.From,
        ValidTo = p.To,
    };
}
