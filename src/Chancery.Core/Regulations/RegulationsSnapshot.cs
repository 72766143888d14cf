using System.Collections.Immutable;
using Chancery.Core.Time;

namespace Chancery.Core.Regulations;

/// <summary>A version's time in force, derived: from its effective date to the next version's of the unit and kind, or the regulation's repeal.</summary>
public sealed record InForcePeriod(Period Period, string? EndedBy);

/// <summary>
/// Every regulation and version, by id, with the regulations of each unit and the versions of each
/// regulation (oldest first). Immutable: a change makes a new snapshot sharing what it did not touch.
/// Bodies are held parsed (the shared <see cref="Text.Provision"/> tree), so that reads in force on a
/// date and of one provision are answered from memory.
/// </summary>
public sealed class RegulationsSnapshot
{
    private readonly ImmutableDictionary<Guid, RegulationState> regulations;
    private readonly ImmutableDictionary<Guid, VersionState> versions;
    private readonly ImmutableDictionary<Guid, ImmutableList<Guid>> byUnit;
    private readonly ImmutableDictionary<Guid, ImmutableList<Guid>> byRegulation;

    private RegulationsSnapshot(
        ImmutableDictionary<Guid, RegulationState> regulations, ImmutableDictionary<Guid, VersionState> versions,
        ImmutableDictionary<Guid, ImmutableList<Guid>> byUnit, ImmutableDictionary<Guid, ImmutableList<Guid>> byRegulation)
    {
        this.regulations = regulations;
        this.versions = versions;
        this.byUnit = byUnit;
        this.byRegulation = byRegulation;
    }

    public static RegulationsSnapshot Empty { get; } = new([], [], [], []);

    public int Count => regulations.Count;

    public IEnumerable<RegulationState> All => regulations.Values;

    public static RegulationsSnapshot Build(IEnumerable<RegulationState> regulations, IEnumerable<VersionState> versions) =>
        Empty.With([.. regulations], [.. versions]);

    public RegulationsSnapshot With(IReadOnlyCollection<RegulationState> changedRegulations, IReadOnlyCollection<VersionState> changedVersions)
    {
        if (changedRegulations.Count == 0 && changedVersions.Count == 0)
        {
            return this;
        }

        var r = regulations.ToBuilder();
        var u = byUnit.ToBuilder();
        foreach (var regulation in changedRegulations)
        {
            if (!r.ContainsKey(regulation.Id))
            {
                u[regulation.UnitId] = (u.TryGetValue(regulation.UnitId, out var list) ? list : []).Add(regulation.Id);
            }

            r[regulation.Id] = regulation;
        }

        var v = versions.ToBuilder();
        var b = byRegulation.ToBuilder();
        foreach (var version in changedVersions)
        {
            if (!v.ContainsKey(version.Id))
            {
                b[version.RegulationId] = (b.TryGetValue(version.RegulationId, out var list) ? list : []).Add(version.Id);
            }

            v[version.Id] = version;
        }

        return new RegulationsSnapshot(r.ToImmutable(), v.ToImmutable(), u.ToImmutable(), b.ToImmutable());
    }

    public RegulationState? Find(Guid id) => regulations.GetValueOrDefault(id);

    public VersionState? FindVersion(Guid id) => versions.GetValueOrDefault(id);

    public RegulationState? FindByIdentifier(string identifier) =>
        regulations.Values.FirstOrDefault(r => string.Equals(r.Identifier, identifier, StringComparison.OrdinalIgnoreCase));

    /// <summary>The regulations of a unit, oldest first.</summary>
    public IEnumerable<RegulationState> OfUnit(Guid unitId) =>
        byUnit.TryGetValue(unitId, out var ids) ? ids.Select(id => regulations[id]) : [];

    /// <summary>The versions of a regulation, by number.</summary>
    public IEnumerable<VersionState> VersionsOf(Guid regulationId) =>
        byRegulation.TryGetValue(regulationId, out var ids) ? ids.Select(id => versions[id]) : [];
}
