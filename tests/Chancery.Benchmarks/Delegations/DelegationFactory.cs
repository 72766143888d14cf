using Chancery.Benchmarks.Generation;
using Chancery.Benchmarks.Staffing;
using Chancery.Core.Delegations;
using Chancery.Core.Text;
using Chancery.Core.Units;

namespace Chancery.Benchmarks.Delegations;

/// <summary>
/// Makes the stored rows of generated delegations: ids drawn in order, the appointment of each
/// term (the staffing's rows follow its terms in order), and the basis, a decision of the unit the
/// delegation is made in (…/QĐ-UBND for a People's Committee), signed a few days before it starts.
/// </summary>
public sealed class DelegationFactory
{
    private readonly SeededRandom random;
    private readonly Dictionary<GenTerm, Guid> appointments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<GenNode, string> symbols = [];

    public DelegationFactory(NationalStaffing staffing, SeededRandom random)
    {
        this.random = random;
        var terms = staffing.Generated.SelectMany(p => p.Terms).ToList();
        if (terms.Count != staffing.Appointments.Count)
        {
            throw new InvalidOperationException("The staffing's appointments do not follow its terms.");
        }

        for (var i = 0; i < terms.Count; i++)
        {
            var row = staffing.Appointments[i];
            if (row.OfficialId != terms[i].OfficialId || row.PositionId != terms[i].Position.Id || row.ValidFrom != terms[i].From)
            {
                throw new InvalidOperationException($"Appointment {i} is not the term it should be.");
            }

            appointments[terms[i]] = row.Id;
        }
    }

    public SeededRandom Random => random;

    public GenDelegation Make(
        DelegationKind kind, GenNode unit, GenTerm delegator, GenTerm grantee, DateOnly from, DateOnly? to, GenDelegation? passedFrom = null,
        IEnumerable<string>? fields = null, IEnumerable<string>? documentKinds = null, string? scope = null)
    {
        var row = new Delegation
        {
            Id = random.NextGuid(),
            Version = 1,
            Kind = kind,
            UnitId = unit.Id,
            DelegatorAppointmentId = appointments[delegator],
            DelegatorOfficialId = delegator.OfficialId,
            DelegateAppointmentId = appointments[grantee],
            DelegateOfficialId = grantee.OfficialId,
            PassedFromId = passedFrom?.Row.Id,
            Fields = string.Join(' ', fields ?? []),
            DocumentKinds = string.Join('\n', documentKinds ?? []),
            Scope = scope,
            ValidFrom = from,
            ValidTo = to,
            BasisNumber = $"{random.Between(1, 2800)}/{Symbol(unit)}",
            BasisDate = from.AddDays(-random.Between(1, 10)),
            BasisIssuer = unit.Name,
        };
        return new GenDelegation(row, unit, delegator, grantee, passedFrom);
    }

    private string Symbol(GenNode unit)
    {
        if (symbols.TryGetValue(unit, out var symbol))
        {
            return symbol;
        }

        symbol = unit.Kind switch
        {
            UnitKind.PeopleCommittee => "QĐ-UBND",
            UnitKind.PeopleCouncil => "QĐ-HĐND",
            UnitKind.PartyCommittee => "QĐ-TU",
            _ => "QĐ-" + string.Concat(VietnameseText.Fold(unit.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => char.IsLetter(w[0])).Select(w => char.ToUpperInvariant(w[0])).Take(6)),
        };
        symbols[unit] = symbol;
        return symbol;
    }
}
