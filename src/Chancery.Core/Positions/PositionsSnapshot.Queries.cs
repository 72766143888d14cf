using Chancery.Core.Text;

namespace Chancery.Core.Positions;

/// <summary>A position on a date with who holds it then.</summary>
public sealed record StaffedPosition(PositionState Position, IReadOnlyList<(AppointmentState Appointment, OfficialState Official)> Holders)
{
    /// <summary>No permanent or acting holder on that date.</summary>
    public bool Vacant => !Holders.Any(h => h.Appointment.IsHolder);
}

/// <summary>Point-in-time reads of positions and officials.</summary>
public sealed partial class PositionsSnapshot
{
    /// <summary>The positions of a unit valid on a date with their holders then: head first, then deputies, chief of office, members.</summary>
    public List<StaffedPosition> PositionsOf(Guid unitId, DateOnly date)
    {
        var result = new List<StaffedPosition>();
        var all = PositionsOfUnit(unitId);
        foreach (var position in all.Count < 2 ? all : answerOrder.GetOrAdd(unitId, InAnswerOrder))
        {
            if (position.Contains(date))
            {
                result.Add(Staff(position, date));
            }
        }

        return result;
    }

    /// <summary>
    /// Every position of a unit (at every date) by role, then title in Vietnamese order: sorted
    /// once per snapshot and unit when first asked for, since the collation costs more than the rest
    /// of the call.
    /// </summary>
    private PositionState[] InAnswerOrder(Guid unitId)
    {
        var ordered = PositionsOfUnit(unitId).ToArray();
        Array.Sort(ordered, static (a, b) => a.Role != b.Role ? a.Role.CompareTo(b.Role) : VietnameseText.Compare(a.Title, b.Title));
        return ordered;
    }

    /// <summary>The head position of a unit on a date, with its holders (vacant when none), or null when the unit has no head position then.</summary>
    public StaffedPosition? HeadOf(Guid unitId, DateOnly date)
    {
        foreach (var position in PositionsOfUnit(unitId))
        {
            if (position.Role == PositionRole.Head && position.Contains(date))
            {
                return Staff(position, date);
            }
        }

        return null;
    }

    public StaffedPosition Staff(PositionState position, DateOnly date)
    {
        var holders = new List<(AppointmentState, OfficialState)>(1);
        foreach (var appointment in AppointmentsToPosition(position.Id))
        {
            if (appointment.Contains(date) && officials.TryGetValue(appointment.OfficialId, out var official))
            {
                holders.Add((appointment, official));
            }
        }

        return new StaffedPosition(position, holders);
    }

    /// <summary>Officials with a word of their folded name beginning with each word of the query, in Vietnamese order (given name first).</summary>
    public List<OfficialState> SearchOfficials(string query)
    {
        var folded = new FoldedQuery(query);
        var matches = new List<OfficialState>();
        foreach (var official in officials.Values)
        {
            if (folded.Matches(official.SearchKey))
            {
                matches.Add(official);
            }
        }

        matches.Sort(static (a, b) =>
        {
            var byName = VietnameseText.CompareSortKeys(a.SortKey, b.SortKey);
            return byName != 0 ? byName : a.Id.CompareTo(b.Id);
        });
        return matches;
    }
}
