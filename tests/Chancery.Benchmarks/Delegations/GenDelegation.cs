using Chancery.Benchmarks.Generation;
using Chancery.Benchmarks.Staffing;
using Chancery.Core.Delegations;

namespace Chancery.Benchmarks.Delegations;

/// <summary>
/// A generated delegation with what the generator knows of it: the unit it is made in, the two
/// terms (appointments) it rests on, and for a pass-on the grant it passes on. <see cref="Row"/> is
/// what is stored.
/// </summary>
public sealed class GenDelegation(Delegation row, GenNode unit, GenTerm delegator, GenTerm grantee, GenDelegation? passedFrom)
{
    public Delegation Row { get; } = row;

    public GenNode Unit { get; } = unit;

    public GenTerm Delegator { get; } = delegator;

    public GenTerm Grantee { get; } = grantee;

    public GenDelegation? PassedFrom { get; } = passedFrom;

    public DelegationKind Kind => Row.Kind;

    public DateOnly From => Row.ValidFrom;

    /// <summary>The first day without it: its end or its revocation, whichever comes first (null: open).</summary>
    public DateOnly? End => Row.RevokedFrom is { } r && (Row.ValidTo is null || r < Row.ValidTo) ? r : Row.ValidTo;

    public bool Contains(DateOnly date) => From <= date && (End is null || date < End);
}
