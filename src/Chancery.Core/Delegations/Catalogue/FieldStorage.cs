using Chancery.Core.Kernel;

namespace Chancery.Core.Delegations.Catalogue;

/// <summary>Between stored rows and states.</summary>
public static class FieldStorage
{
    public static FieldState ToState(UnitField f) => new(
        f.Id, f.Version, f.UnitId, f.Code, f.ValidFrom, f.ValidTo,
        f.Names.OrderBy(n => n.ValidFrom).Select(n => new FieldNameState(n.ValidFrom, n.Name, new LegalBasis(n.BasisNumber, n.BasisDate, n.BasisIssuer, n.BasisTitle))).ToList());

    /// <summary>The row's own columns from the state (its names are added by the caller: they are only ever appended).</summary>
    public static void Apply(UnitField row, FieldState s) =>
        (row.Id, row.Version, row.UnitId, row.Code, row.ValidFrom, row.ValidTo) = (s.Id, s.Version, s.UnitId, s.Code, s.From, s.To);

    public static UnitFieldName Row(Guid fieldId, FieldNameState n) => new()
    {
        FieldId = fieldId, ValidFrom = n.From, Name = n.Name, BasisNumber = n.Basis.Number, BasisDate = n.Basis.Date, BasisIssuer = n.Basis.Issuer, BasisTitle = n.Basis.Title,
    };
}
