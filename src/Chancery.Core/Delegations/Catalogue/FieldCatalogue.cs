using Chancery.Core.Registry;
using Chancery.Core.Text;

namespace Chancery.Core.Delegations.Catalogue;

/// <summary>A field as the catalogue lists it on a date: a national entry (no <see cref="Own"/>) or a unit's own field.</summary>
public sealed record CatalogueField(string Code, string Name, FieldState? Own = null);

/// <summary>The catalogue of fields of work: the national entries, and each unit's own fields on a date.</summary>
public static class FieldCatalogue
{
    /// <summary>The national fields, then (with a unit) the unit's own fields valid on the date in Vietnamese order; a query filters both, folding diacritics.</summary>
    public static List<CatalogueField> Search(RegistrySnapshot snapshot, Guid? unitId, string? query, DateOnly date)
    {
        var found = FieldsOfWork.Search(query).Select(f => new CatalogueField(f.Code, f.Name)).ToList();
        if (unitId is not { } id)
        {
            return found;
        }

        var folded = string.IsNullOrWhiteSpace(query) ? null : new FoldedQuery(query);
        found.AddRange(snapshot.Fields.OfUnit(id)
            .Where(f => f.Period.Contains(date) && (folded is null || f.Matches(folded, date)))
            .Select(f => new CatalogueField(f.Code, f.NameOn(date).Name, f))
            .OrderBy(f => f.Name, StringComparer.Create(VietnameseText.Culture, ignoreCase: false))
            .ThenBy(f => f.Code, StringComparer.Ordinal));
        return found;
    }

    /// <summary>Whether the code is a national field or some unit's own (for reads that take a code).</summary>
    public static bool IsKnown(RegistrySnapshot snapshot, string code) =>
        FieldsOfWork.Find(code) is not null || snapshot.Fields.WithCode(code).Count > 0;

    /// <summary>The name of a field a delegation of the unit names, on a date: national, or the unit's own; else the code.</summary>
    public static string Name(RegistrySnapshot snapshot, Guid unitId, string code, DateOnly date) =>
        FieldsOfWork.Find(code)?.Name
        ?? snapshot.Fields.OfUnit(unitId).Where(f => f.Code == code).OrderBy(f => f.Period.Contains(date) ? 0 : 1).FirstOrDefault()?.NameOn(date).Name
        ?? code;

    /// <summary>The codes of the unit's own fields valid on the date.</summary>
    public static IEnumerable<string> OwnCodes(RegistrySnapshot snapshot, Guid unitId, DateOnly date) =>
        snapshot.Fields.OfUnit(unitId).Where(f => f.Period.Contains(date)).Select(f => f.Code);
}
