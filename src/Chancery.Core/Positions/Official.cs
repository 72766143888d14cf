namespace Chancery.Core.Positions;

/// <summary>A stored official: only what the registry needs. No contact data.</summary>
public sealed class Official
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public string FullName { get; set; } = "";

    /// <summary>The folded name, for searches run in the database.</summary>
    public string SearchKey { get; set; } = "";

    public string? RankCode { get; set; }
}
