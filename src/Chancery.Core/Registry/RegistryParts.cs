using Chancery.Core.Access;
using Chancery.Core.Delegations;
using Chancery.Core.Delegations.Catalogue;
using Chancery.Core.Positions;
using Chancery.Core.Regulations;
using Chancery.Core.Reorganizations;
using Chancery.Core.Units;

namespace Chancery.Core.Registry;

/// <summary>
/// The one place where a feature joins the registry. The order is the order in which parts stage
/// their rows, write their audit records and are named in a change-log entry: a part comes after
/// the parts whose rows it refers to.
/// </summary>
public static class RegistryParts
{
    public static IReadOnlyList<IRegistryPart> All { get; } =
    [
        new UnitsPart(),
        new PositionsPart(),
        new FieldsPart(),
        new DelegationsPart(),
        new RegulationsPart(),
        new LineagePart(),
        new AccessPart(),
    ];

    internal static int IndexOfSlice(Type type) => IndexOf(p => p.SliceType == type, type);

    internal static int IndexOfDraft(Type type) => IndexOf(p => p.DraftType == type, type);

    private static int IndexOf(Func<IRegistryPart, bool> match, Type type)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (match(All[i]))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"No registry part holds a {type.Name}; register its part in {nameof(RegistryParts)}.");
    }
}

/// <summary>Where a slice type sits in every snapshot (parts are fixed for the process).</summary>
internal static class SliceSlot<T>
{
    public static readonly int Index = RegistryParts.IndexOfSlice(typeof(T));
}

/// <summary>Where a draft type sits in every write context.</summary>
internal static class DraftSlot<T>
{
    public static readonly int Index = RegistryParts.IndexOfDraft(typeof(T));
}
