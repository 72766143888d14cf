namespace Chancery.Core.Units;

/// <summary>What a unit is. Stored by name; the numbers match the contract's enum.</summary>
public enum UnitKind
{
    Unspecified = 0,
    Country = 1,
    Province = 2,
    City = 3,
    District = 4,
    Commune = 5,
    Ward = 6,
    Township = 7,
    SpecialZone = 8,
    PeopleCommittee = 9,
    PeopleCouncil = 10,
    PartyCommittee = 11,
    PartyAgency = 12,
    Department = 13,
    Agency = 14,
    Division = 15,
    SubDivision = 16,
    Office = 17,
    PublicServiceUnit = 18,
    PublicAdministrationCentre = 19,
    Hospital = 20,
    ClinicalDivision = 21,
    School = 22,
    FieldUnit = 23,
    Station = 24,
    Team = 25,
    Group = 26,
    Other = 27,
}

public static class UnitKinds
{
    public static bool IsDefined(UnitKind kind) => kind != UnitKind.Unspecified && Enum.IsDefined(kind);

    /// <summary>The snake_case name used in files (JSON Lines, CSV): <c>people_committee</c>.</summary>
    public static string ToFileName(UnitKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static bool TryParseFileName(string? name, out UnitKind kind)
    {
        kind = UnitKind.Unspecified;
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var pascal = string.Concat(name.Split('_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
        return Enum.TryParse(pascal, ignoreCase: false, out kind) && IsDefined(kind);
    }
}
