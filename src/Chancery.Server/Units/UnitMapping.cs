using Chancery.Core.Hierarchy;
using Chancery.Core.Time;

namespace Chancery.Server.Units;

/// <summary>Hand-written mapping between the core's units and the contract's messages.</summary>
public static class UnitMapping
{
    public static V1.Unit ToMessage(this UnitView view)
    {
        var (unit, version) = (view.Unit, view.Version);
        return new V1.Unit
        {
            Id = unit.IdText,
            Code = version.Code ?? "",
            Name = version.Name,
            ShortName = version.ShortName ?? "",
            Kind = (V1.UnitKind)version.Kind,
            ParentId = version.ParentId is { } parent ? parent.ToString() : "",
            ValidFrom = IsoDate.Format(version.From),
            ValidTo = IsoDate.Format(version.To),
            EstablishedOn = IsoDate.Format(unit.Established),
            ClosedOn = IsoDate.Format(unit.Closed),
            Version = unit.Version,
        };
    }

    public static UnitKind ToCore(this V1.UnitKind kind) => (UnitKind)(int)kind;
}
