using System.Collections.Concurrent;
using Chancery.Core.Units;
using Chancery.Core.Time;

namespace Chancery.Server.Units;

/// <summary>Hand-written mapping between the core's units and the contract's messages.</summary>
public static class UnitMapping
{
    /// <summary>Past this many distinct dates, dates are formatted without being kept.</summary>
    private const int MaxDateTexts = 20_000;

    /// <summary>ISO text of the dates already sent: a registry has a few thousand distinct dates, and a subtree sends each many times.</summary>
    private static readonly ConcurrentDictionary<DateOnly, string> DateTexts = new();

    private static int dateTextCount;

    public static V1.Unit ToMessage(this UnitView view) =>
        view.ToMessage(view.Version.ParentId is { } parent ? parent.ToString() : "");

    /// <summary>As <see cref="ToMessage(UnitView)"/>, for a caller that already holds the parent's id as text.</summary>
    public static V1.Unit ToMessage(this UnitView view, string parentIdText)
    {
        var (unit, version) = (view.Unit, view.Version);
        return new V1.Unit
        {
            Id = unit.IdText,
            Code = version.Code ?? "",
            Name = version.Name,
            ShortName = version.ShortName ?? "",
            Kind = (V1.UnitKind)version.Kind,
            ParentId = parentIdText,
            ValidFrom = Format(version.From),
            ValidTo = Format(version.To),
            EstablishedOn = Format(unit.Established),
            ClosedOn = Format(unit.Closed),
            Version = unit.Version,
        };
    }

    public static UnitKind ToCore(this V1.UnitKind kind) => (UnitKind)(int)kind;

    private static string Format(DateOnly? date)
    {
        if (date is not { } d)
        {
            return "";
        }

        if (DateTexts.TryGetValue(d, out var text))
        {
            return text;
        }

        text = IsoDate.Format(d);
        if (Volatile.Read(ref dateTextCount) < MaxDateTexts && DateTexts.TryAdd(d, text))
        {
            Interlocked.Increment(ref dateTextCount);
        }

        return text;
    }
}
