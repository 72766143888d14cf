using Chancery.Core.Text;
using Chancery.Core.Time;

namespace Chancery.Core.Positions;

/// <summary>An official, immutable; the search and sort keys are made once.</summary>
public sealed class OfficialState(Guid id, long version, string fullName, string? rankCode)
{
    public Guid Id { get; } = id;

    public long Version { get; } = version;

    public string FullName { get; } = fullName;

    public string? RankCode { get; } = rankCode;

    public string SearchKey { get; } = VietnameseText.Fold(fullName);

    /// <summary>
    /// Vietnamese order of people: by given name (the last word), then by the full name. Two keys
    /// joined by a zero byte, so that the whole given name (tones too: Anh before Ánh) decides
    /// before the rest of the name does.
    /// </summary>
    public byte[] SortKey { get; } = [.. VietnameseText.SortKey(fullName[(fullName.LastIndexOf(' ') + 1)..]), 0, .. VietnameseText.SortKey(fullName)];

    public string Subject => $"officials/{Id}";

    public OfficialState With(string fullName, string? rankCode) => new(Id, Version + 1, fullName, rankCode);
}
