using Chancery.Benchmarks.Generation;
using Chancery.Core.Units;
using Chancery.Core.Positions;
using Chancery.Core.Text;

namespace Chancery.Benchmarks.Staffing;

/// <summary>
/// The stored appointments of generated positions, each with its basis: a resolution of the
/// People's Council electing the head or a deputy of a collective body (…/NQ-HĐND), otherwise a
/// decision of the unit above (…/QĐ-UBND, …/QĐ-SNV), signed a few days before the appointment starts.
/// </summary>
public static class AppointmentRows
{
    public static List<Appointment> From(IEnumerable<GenPosition> positions, SeededRandom random)
    {
        var rows = new List<Appointment>();
        var symbols = new Dictionary<GenNode, string>();
        foreach (var position in positions)
        {
            foreach (var term in position.Terms)
            {
                var issuer = position.Unit.Parent;
                rows.Add(new Appointment
                {
                    Id = random.NextGuid(),
                    Version = 1,
                    OfficialId = term.OfficialId,
                    PositionId = position.Id,
                    Kind = term.Kind,
                    ValidFrom = term.From,
                    ValidTo = term.To,
                    BasisNumber = $"{random.Between(1, 2800)}/{Symbol(position, symbols)}",
                    BasisDate = term.From.AddDays(-random.Between(1, 20)),
                    BasisIssuer = position.Shape.CollectiveBody ? position.Unit.Name.Replace("Ủy ban nhân dân", "Hội đồng nhân dân", StringComparison.Ordinal) : issuer?.Name,
                });
            }
        }

        return rows;
    }

    private static string Symbol(GenPosition position, Dictionary<GenNode, string> symbols)
    {
        if (position.Shape.CollectiveBody)
        {
            return "NQ-HĐND";
        }

        var issuer = position.Unit.Parent;
        if (issuer is null || issuer.Kind is UnitKind.Country or UnitKind.Province or UnitKind.City or UnitKind.Commune
            or UnitKind.Ward or UnitKind.SpecialZone or UnitKind.District or UnitKind.PeopleCommittee)
        {
            return "QĐ-UBND";
        }

        if (!symbols.TryGetValue(issuer, out var symbol))
        {
            var initials = VietnameseText.Fold(issuer.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0])).Take(6);
            symbols[issuer] = symbol = "QĐ-" + string.Concat(initials);
        }

        return symbol;
    }
}
