using Chancery.Core.Reorganization;
using Chancery.Core.Text;
using Chancery.Core.Time;

namespace Chancery.Core.Positions;

/// <summary>A position, immutable; <see cref="Version"/> is raised by every change.</summary>
public sealed record PositionState(Guid Id, long Version, Guid UnitId, string Title, PositionRole Role, bool CollectiveBody, DateOnly From, DateOnly? To)
{
    public Period Period => new(From, To);

    public string Subject => $"positions/{Id}";

    public bool Contains(DateOnly date) => Period.Contains(date);
}

/// <summary>An appointment, immutable.</summary>
public sealed record AppointmentState(
    Guid Id, long Version, Guid OfficialId, Guid PositionId, AppointmentKind Kind, DateOnly From, DateOnly? To, LegalBasis Basis)
{
    public Period Period => new(From, To);

    public string Subject => $"appointments/{Id}";

    public bool Contains(DateOnly date) => Period.Contains(date);

    /// <summary>Permanent and acting holders are the position's holder; at most one at a time.</summary>
    public bool IsHolder => Kind is AppointmentKind.Permanent or AppointmentKind.Acting;
}

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

/// <summary>Between stored rows and states.</summary>
public static class PositionStorage
{
    public static PositionState ToState(Position p) => new(p.Id, p.Version, p.UnitId, p.Title, p.Role, p.CollectiveBody, p.ValidFrom, p.ValidTo);

    public static AppointmentState ToState(Appointment a) =>
        new(a.Id, a.Version, a.OfficialId, a.PositionId, a.Kind, a.ValidFrom, a.ValidTo, new LegalBasis(a.BasisNumber, a.BasisDate, a.BasisIssuer, null));

    public static OfficialState ToState(Official o) => new(o.Id, o.Version, o.FullName, o.RankCode);

    public static void Apply(Position row, PositionState s)
    {
        (row.Id, row.Version, row.UnitId, row.Title, row.Role, row.CollectiveBody, row.ValidFrom, row.ValidTo) =
            (s.Id, s.Version, s.UnitId, s.Title, s.Role, s.CollectiveBody, s.From, s.To);
    }

    public static void Apply(Appointment row, AppointmentState s)
    {
        (row.Id, row.Version, row.OfficialId, row.PositionId, row.Kind, row.ValidFrom, row.ValidTo) =
            (s.Id, s.Version, s.OfficialId, s.PositionId, s.Kind, s.From, s.To);
        (row.BasisNumber, row.BasisDate, row.BasisIssuer) = (s.Basis.Number, s.Basis.Date, s.Basis.Issuer);
    }

    public static void Apply(Official row, OfficialState s)
    {
        (row.Id, row.Version, row.FullName, row.SearchKey, row.RankCode) = (s.Id, s.Version, s.FullName, s.SearchKey, s.RankCode);
    }
}
