using Chancery.Core.Kernel;
using Chancery.Core.Text;
using Chancery.Core.Time;

namespace Chancery.Core.Delegations.Catalogue;

/// <summary>One name of a unit's own field from a date on.</summary>
public sealed record FieldNameState(DateOnly From, string Name, LegalBasis Basis)
{
    public string SearchKey { get; } = VietnameseText.Fold(Name);
}

/// <summary>A unit's own field of work, immutable; <see cref="Version"/> is raised by every change. Its names are oldest first, the first from its start.</summary>
public sealed record FieldState(Guid Id, long Version, Guid UnitId, string Code, DateOnly From, DateOnly? To, IReadOnlyList<FieldNameState> Names)
{
    public string Subject => $"fields/{Id}";

    public Period Period => new(From, To);

    public LegalBasis Basis => Names[0].Basis;

    /// <summary>The name on a date: before the start the first, after the end the last.</summary>
    public FieldNameState NameOn(DateOnly date) => Names.LastOrDefault(n => n.From <= date) ?? Names[0];

    /// <summary>Each name with the period it holds.</summary>
    public IEnumerable<(FieldNameState Name, Period Period)> NamePeriods() =>
        Names.Select((n, i) => (n, Period.Until(n.From, i + 1 < Names.Count ? Names[i + 1].From : Period.End)));

    /// <summary>Whether a word of the name it has on the date, or of its code, begins with each word of the query.</summary>
    public bool Matches(FoldedQuery query, DateOnly date) =>
        query.Matches(NameOn(date).SearchKey + " " + Code);
}
