using Chancery.Core.Errors;
using Chancery.Core.Kernel;
using Chancery.Core.Time;

namespace Chancery.Server.Grpc;

/// <summary>The legal basis as every service maps it: plans, appointments, and later delegations and regulation decisions.</summary>
public static class BasisMapping
{
    /// <summary>The basis of a request: its date parsed here, the rest checked and cleaned by <see cref="LegalBasis.Check"/>.</summary>
    public static LegalBasis Basis(V1.Basis? basis, InputErrors errors, string field)
    {
        basis ??= new V1.Basis();
        var date = RequestFields.OptionalDate(basis.Date, $"{field}.date", errors);
        return LegalBasis.Check(basis.Number, date, basis.Issuer, basis.Title, errors, field);
    }

    public static V1.Basis ToMessage(this LegalBasis basis) => new()
    {
        Number = basis.Number, Date = IsoDate.Format(basis.Date), Issuer = basis.Issuer ?? "", Title = basis.Title ?? "",
    };
}
