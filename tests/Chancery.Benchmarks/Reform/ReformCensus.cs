using Chancery.Core.Units;

namespace Chancery.Benchmarks.Reform;

/// <summary>How many units, provinces, districts and communes a hierarchy holds on a date.</summary>
public sealed record ReformCensus(int Units, int Provinces, int Districts, int Communes)
{
    public static ReformCensus Of(UnitsSnapshot hierarchy, DateOnly date)
    {
        var (units, provinces, districts, communes) = (0, 0, 0, 0);
        foreach (var unit in hierarchy.Units)
        {
            if (unit.At(date) is not { } version)
            {
                continue;
            }

            units++;
            switch (version.Kind)
            {
                case UnitKind.Province or UnitKind.City:
                    provinces++;
                    break;
                case UnitKind.District:
                    districts++;
                    break;
                case UnitKind.Commune or UnitKind.Ward or UnitKind.Township or UnitKind.SpecialZone:
                    communes++;
                    break;
            }
        }

        return new ReformCensus(units, provinces, districts, communes);
    }

    public override string ToString() => $"{Units} units: {Provinces} provinces, {Districts} districts, {Communes} communes";
}
