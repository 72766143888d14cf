namespace Chancery.Core.Regulations;

/// <summary>Regulations and versions with pending changes laid over the snapshot.</summary>
public sealed class RegulationsDraft(RegulationsSnapshot baseline)
{
    private readonly Dictionary<Guid, RegulationState> regulations = [];
    private readonly Dictionary<Guid, VersionState> versions = [];

    public RegulationsSnapshot Baseline => baseline;

    public IReadOnlyCollection<RegulationState> ChangedRegulations => regulations.Values;

    public IReadOnlyCollection<VersionState> ChangedVersions => versions.Values;

    /// <summary>The snapshot as drafted (the rules read it the same way as committed reads).</summary>
    public RegulationsSnapshot Drafted => baseline.With(regulations.Values, versions.Values);

    public RegulationState? Find(Guid id) => regulations.TryGetValue(id, out var r) ? r : baseline.Find(id);

    public VersionState? FindVersion(Guid id) => versions.TryGetValue(id, out var v) ? v : baseline.FindVersion(id);

    public RegulationState? Original(Guid id) => baseline.Find(id);

    public VersionState? OriginalVersion(Guid id) => baseline.FindVersion(id);

    public void Put(RegulationState regulation) => regulations[regulation.Id] = regulation;

    public void Put(VersionState version) => versions[version.Id] = version;
}
