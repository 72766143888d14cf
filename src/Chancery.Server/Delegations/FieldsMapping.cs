using Chancery.Core.Delegations.Catalogue;
using Chancery.Core.Errors;
using Chancery.Core.Time;
using Chancery.Server.Grpc;
using Chancery.V1;

namespace Chancery.Server.Delegations;

/// <summary>The fields of work between their messages and the core: requests as commands, states and catalogue entries as messages.</summary>
public static class FieldsMapping
{
    public static CreateFieldCommand ToCommand(this CreateFieldRequest r)
    {
        var errors = new InputErrors();
        return new CreateFieldCommand(
            RequestFields.Id(r.UnitId, "unit_id", errors), r.Code, r.Name, RequestFields.OptionalDate(r.ValidFrom, "valid_from", errors), BasisMapping.Basis(r.Basis, errors, "basis"))
        { Unparsed = errors.Violations };
    }

    public static RenameFieldCommand ToCommand(this RenameFieldRequest r)
    {
        var errors = new InputErrors();
        return new RenameFieldCommand(
            RequestFields.Id(r.Id, "id", errors), r.ExpectedVersion, r.Name, RequestFields.OptionalDate(r.EffectiveDate, "effective_date", errors), BasisMapping.Basis(r.Basis, errors, "basis"))
        { Unparsed = errors.Violations };
    }

    public static CloseFieldCommand ToCommand(this CloseFieldRequest r)
    {
        var errors = new InputErrors();
        return new CloseFieldCommand(RequestFields.Id(r.Id, "id", errors), r.ExpectedVersion, RequestFields.OptionalDate(r.EffectiveDate, "effective_date", errors))
        { Unparsed = errors.Violations };
    }

    /// <summary>A unit's own field with its name on the date.</summary>
    public static Field ToMessage(this FieldState f, DateOnly date) => new()
    {
        Code = f.Code,
        Name = f.NameOn(date).Name,
        Id = f.Id.ToString(),
        UnitId = f.UnitId.ToString(),
        ValidFrom = IsoDate.Format(f.From),
        ValidTo = IsoDate.Format(f.To),
        Basis = f.Basis.ToMessage(),
        Version = f.Version,
    };

    public static Field ToMessage(this CatalogueField f, DateOnly date) => f.Own?.ToMessage(date) ?? new Field { Code = f.Code, Name = f.Name };

    public static GetFieldResponse ToResponse(this FieldState f, DateOnly date)
    {
        var response = new GetFieldResponse { Field = f.ToMessage(date) };
        response.Names.AddRange(f.NamePeriods().Select(n => new FieldName
        {
            Name = n.Name.Name, ValidFrom = IsoDate.Format(n.Period.From), ValidTo = IsoDate.Format(n.Period.To), Basis = n.Name.Basis.ToMessage(),
        }));
        return response;
    }
}
