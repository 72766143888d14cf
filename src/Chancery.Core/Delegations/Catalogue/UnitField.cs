namespace Chancery.Core.Delegations.Catalogue;

/// <summary>A stored field of work of a unit's own (lĩnh vực riêng): its code and period; its names are <see cref="UnitFieldName"/> rows.</summary>
public sealed class UnitField
{
    public Guid Id { get; set; }

    public long Version { get; set; }

    public Guid UnitId { get; set; }

    public string Code { get; set; } = "";

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public List<UnitFieldName> Names { get; set; } = [];
}

/// <summary>One name of a unit's own field, from a date to the next name, on a decision. Names are only ever added.</summary>
public sealed class UnitFieldName
{
    public Guid FieldId { get; set; }

    public DateOnly ValidFrom { get; set; }

    public string Name { get; set; } = "";

    public string BasisNumber { get; set; } = "";

    public DateOnly? BasisDate { get; set; }

    public string? BasisIssuer { get; set; }

    public string? BasisTitle { get; set; }
}
