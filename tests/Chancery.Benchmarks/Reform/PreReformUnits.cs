using Chancery.Benchmarks.Generation;

namespace Chancery.Benchmarks.Reform;

/// <summary>A province before the reform, with the units the reform plan names.</summary>
public sealed class PreReformProvince(PreReformProvinces.Entry entry, GenNode node, GenNode committee, GenNode council)
{
    public PreReformProvinces.Entry Entry => entry;

    public GenNode Node => node;

    public GenNode Committee => committee;

    public GenNode Council => council;

    /// <summary>Its departments by their name without the province's (e.g. "Sở Tài chính").</summary>
    public Dictionary<string, GenNode> Departments { get; } = new(StringComparer.Ordinal);

    public List<PreReformDistrict> Districts { get; } = [];
}

/// <summary>A district (huyện, quận, thị xã, thành phố thuộc tỉnh) and the communes below it.</summary>
public sealed record PreReformDistrict(GenNode Node, List<PreReformCommune> Communes);

/// <summary>A commune, ward or township with its People's Committee and Council.</summary>
public sealed record PreReformCommune(GenNode Node, GenNode Committee, GenNode Council, string Place);
