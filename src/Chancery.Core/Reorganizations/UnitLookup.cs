using Chancery.Core.Errors;
using Chancery.Core.Registry;
using Chancery.Core.Time;
using Chancery.Core.Units;

namespace Chancery.Core.Reorganizations;

/// <summary>NOT_FOUND for a unit that did not exist on the date, with where its lineage leads.</summary>
public sealed class UnitNotOnDateException(ResolvedUnit resolved, DateOnly date, string message) : DomainException(message)
{
    public ResolvedUnit Resolved { get; } = resolved;

    public DateOnly Date { get; } = date;
}

public static class UnitLookup
{
    /// <summary>The unit on a date; if it had ended (or not begun), a clear answer naming its successors (or predecessors).</summary>
    public static UnitView Require(RegistrySnapshot snapshot, Guid id, DateOnly date, string field = "id")
    {
        if (snapshot.Units.Get(id, date) is { } view)
        {
            return view;
        }

        var resolved = UnitResolver.Resolve(snapshot, id, date);
        var name = resolved.Unit.Versions[^1].Name;
        var when = IsoDate.Format(date);
        string message;
        if (resolved.Successors.Count > 0)
        {
            message = $"{name} ({id}) ended on {IsoDate.Format(resolved.Unit.Closed)}; on {when} it continues as: " +
                string.Join("; ", resolved.Successors.Select(s => $"{s.Unit.Version.Name} ({s.Unit.Unit.Id})")) + ".";
        }
        else if (resolved.Predecessors.Count > 0)
        {
            message = $"{name} ({id}) was established on {IsoDate.Format(resolved.Unit.Established)}; on {when} it was still: " +
                string.Join("; ", resolved.Predecessors.Select(s => $"{s.Unit.Version.Name} ({s.Unit.Unit.Id})")) + ".";
        }
        else if (resolved.Ends.Count > 0)
        {
            message = $"{name} ({id}) was dissolved on {IsoDate.Format(resolved.Ends[0].Date)} without successor ({resolved.Ends[0].Basis}).";
        }
        else
        {
            message = $"The unit {id} did not exist on {when}; it existed over {resolved.Unit.Period} ({field}).";
        }

        throw new UnitNotOnDateException(resolved, date, message);
    }
}
