using Chancery.Core.Errors;
using Chancery.Core.Time;

namespace Chancery.Core.Units;

/// <summary>Reads that must find their unit, with a clear answer when it does not exist on that date.</summary>
public sealed partial class UnitsSnapshot
{
    public UnitView Require(Guid id, DateOnly date, string field = "id")
    {
        if (Get(id, date) is { } view)
        {
            return view;
        }

        if (Find(id) is { } unit)
        {
            throw new NotFoundException("unit", Subjects.Unit(id),
                $"The unit {id} did not exist on {IsoDate.Format(date)}; it existed over {unit.Period}.");
        }

        throw new NotFoundException("unit", Subjects.Unit(id), $"No unit has the id {id} ({field}).");
    }

    public UnitView RequireByCode(string code, DateOnly date)
    {
        if (GetByCode(code, date) is { } view)
        {
            return view;
        }

        throw new NotFoundException("unit", $"codes/{code}/unit", $"No unit had the code {code} on {IsoDate.Format(date)}.");
    }

    /// <summary>The unit that held the code last before the date, if any did.</summary>
    public Guid? LastHolderOfCode(string code, DateOnly date) =>
        UnitsWithCode(code)
            .Select(id => (Id: id, Last: Find(id)!.Versions.Where(v => v.Code == code && v.From <= date).Select(v => (DateOnly?)v.From).Max()))
            .Where(x => x.Last is not null)
            .OrderByDescending(x => x.Last)
            .Select(x => (Guid?)x.Id)
            .FirstOrDefault();

    public UnitState RequireUnit(Guid id, string field = "id") =>
        Find(id) ?? throw new NotFoundException("unit", Subjects.Unit(id), $"No unit has the id {id} ({field}).");
}
