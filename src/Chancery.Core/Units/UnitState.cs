using Chancery.Core.Errors;
using Chancery.Core.Time;

namespace Chancery.Core.Units;

/// <summary>
/// A unit with all its versions, oldest first, contiguous: one version's end is the next one's
/// start. The unit exists over [Established, Closed). Immutable.
/// </summary>
public sealed class UnitState
{
    public UnitState(Guid id, long version, IReadOnlyList<UnitVersionState> versions)
    {
        if (versions.Count == 0)
        {
            throw new ArgumentException("A unit has at least one version.", nameof(versions));
        }

        Id = id;
        IdText = id.ToString();
        Version = version;
        Versions = versions;
    }

    public Guid Id { get; }

    /// <summary>The id as text, made once: reads send it many times.</summary>
    public string IdText { get; }

    /// <summary>The optimistic-concurrency version, raised by every change.</summary>
    public long Version { get; }

    public IReadOnlyList<UnitVersionState> Versions { get; }

    public DateOnly Established => Versions[0].From;

    public DateOnly? Closed => Versions[^1].To;

    public Period Period => new(Established, Closed);

    public string Subject => Subjects.Unit(Id);

    public UnitVersionState? At(DateOnly date)
    {
        var versions = Versions;
        for (var i = versions.Count - 1; i >= 0; i--)
        {
            var v = versions[i];
            if (v.From <= date)
            {
                return date < v.End ? v : null;
            }
        }

        return null;
    }

    /// <summary>
    /// The unit with <paramref name="change"/> applied to its attributes from
    /// <paramref name="effective"/> to the end of its existence: the version in force that day is
    /// closed and a new one opens; later versions take the change too. Neighbouring versions with
    /// equal attributes are merged, so a change that changes nothing leaves the unit as it was
    /// (the same instance, at the same concurrency version).
    /// </summary>
    public UnitState ChangeFrom(DateOnly effective, Func<UnitAttributes, UnitAttributes> change)
    {
        RequireWithinPeriod(effective);
        var result = new List<UnitVersionState>(Versions.Count + 1);
        foreach (var v in Versions)
        {
            if (v.End <= effective)
            {
                result.Add(v);
            }
            else if (v.From < effective)
            {
                result.Add(v.WithPeriod(v.From, effective));
                result.Add(v.WithPeriod(effective, v.To).With(change(v.Attributes)));
            }
            else
            {
                result.Add(v.With(change(v.Attributes)));
            }
        }

        var next = WithVersions(Merge(result));
        return next.SameVersionsAs(this) ? this : next;
    }

    /// <summary>The unit ending on <paramref name="effective"/>, the first day it no longer exists.</summary>
    public UnitState CloseOn(DateOnly effective)
    {
        if (Closed is { } closed)
        {
            throw RuleViolations.One("hierarchy.already-closed", Subject, $"The unit is already closed from {IsoDate.Format(closed)}.");
        }

        if (effective <= Established)
        {
            throw RuleViolations.One("hierarchy.effective-date-in-period", Subject,
                $"A unit established on {IsoDate.Format(Established)} can only close after that date.");
        }

        var kept = Versions.Where(v => v.From < effective).ToList();
        kept[^1] = kept[^1].WithPeriod(kept[^1].From, effective);
        return WithVersions(kept);
    }

    public bool SameVersionsAs(UnitState other) =>
        Versions.Count == other.Versions.Count &&
        Versions.Zip(other.Versions).All(p => p.First.Period == p.Second.Period && p.First.SameAttributes(p.Second));

    public void RequireVersion(long expected)
    {
        if (expected != Version)
        {
            throw new StaleVersionException(Subject, expected, Version);
        }
    }

    private void RequireWithinPeriod(DateOnly effective)
    {
        if (!Period.Contains(effective))
        {
            throw RuleViolations.One("hierarchy.effective-date-in-period", Subject,
                $"The effective date {IsoDate.Format(effective)} lies outside the unit's existence {Period}.");
        }
    }

    private UnitState WithVersions(IReadOnlyList<UnitVersionState> versions) => new(Id, Version + 1, versions);

    private static List<UnitVersionState> Merge(List<UnitVersionState> versions)
    {
        var merged = new List<UnitVersionState>(versions.Count);
        foreach (var v in versions)
        {
            if (merged.Count > 0 && merged[^1].SameAttributes(v))
            {
                merged[^1] = merged[^1].WithPeriod(merged[^1].From, v.To);
            }
            else
            {
                merged.Add(v);
            }
        }

        return merged;
    }
}
