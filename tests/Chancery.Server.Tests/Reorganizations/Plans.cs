using Chancery.V1;
using Google.Protobuf.WellKnownTypes;

namespace Chancery.Server.Tests.Reorganizations;

/// <summary>Short ways to write plans and their operations, as a caller of the API would.</summary>
public static class Plans
{
    public const string Reform = "2025-07-01";

    public static Basis Basis(string number = "202/2025/QH15") => new()
    {
        Number = number, Date = "2025-06-12", Issuer = "Quốc hội", Title = "Nghị quyết về việc sắp xếp đơn vị hành chính",
    };

    /// <summary>The reason the audit trail records for <see cref="Basis"/>.</summary>
    public static string Reason(string number = "202/2025/QH15") =>
        $"Nghị quyết về việc sắp xếp đơn vị hành chính {number} ngày 2025-06-12 (Quốc hội)";

    public static string NewId(string prefix = "plan") => $"{prefix}-{Guid.NewGuid():N}";

    public static Plan Plan(string effective, params Operation[] operations) => Plan(NewId(), effective, operations);

    public static Plan Plan(string id, string effective, params Operation[] operations)
    {
        var plan = new Plan { Id = id, EffectiveDate = effective, Basis = Basis() };
        plan.Operations.AddRange(operations);
        return plan;
    }

    public static UnitRef Id(Unit unit) => new() { Id = unit.Id };

    public static UnitRef Id(string id) => new() { Id = id };

    public static UnitRef Code(string code) => new() { Code = code };

    public static UnitRef Ref(string reference) => new() { Ref = reference };

    public static NewUnit New(string reference, string name, UnitKind kind, UnitRef? parent = null, string code = "") =>
        new() { Ref = reference, Name = name, Kind = kind, Parent = parent, Code = code };

    public static Operation Establish(NewUnit unit, string label = "") => new() { Label = label, Establish = new EstablishOperation { Unit = unit } };

    public static Operation Merge(UnitRef[] sources, UnitRef? survivor = null, NewUnit? into = null,
        ChildrenDisposition children = ChildrenDisposition.Default, string label = "")
    {
        var merge = new MergeOperation { Survivor = survivor, NewUnit = into, Children = children };
        merge.Sources.AddRange(sources);
        return new Operation { Label = label, Merge = merge };
    }

    public static Operation Split(UnitRef source, NewUnit[] parts, (UnitRef Child, string Part)[]? assignments = null, bool continues = false, string label = "")
    {
        var split = new SplitOperation { Source = source, SourceContinues = continues };
        split.Parts.AddRange(parts);
        split.Assignments.AddRange((assignments ?? []).Select(a => new ChildAssignment { Child = a.Child, PartRef = a.Part }));
        return new Operation { Label = label, Split = split };
    }

    public static Operation Transfer(UnitRef? newParent, UnitRef[] units, string label = "")
    {
        var transfer = new TransferOperation { NewParent = newParent };
        transfer.Units.AddRange(units);
        return new Operation { Label = label, Transfer = transfer };
    }

    public static Operation Rename(UnitRef unit, string? name = null, UnitKind? kind = null, string? code = null, string? shortName = null, string label = "")
    {
        var rename = new RenameOperation { Unit = unit, UpdateMask = new FieldMask() };
        if (name is not null)
        {
            rename.Name = name;
            rename.UpdateMask.Paths.Add("name");
        }

        if (shortName is not null)
        {
            rename.ShortName = shortName;
            rename.UpdateMask.Paths.Add("short_name");
        }

        if (kind is { } k)
        {
            rename.Kind = k;
            rename.UpdateMask.Paths.Add("kind");
        }

        if (code is not null)
        {
            rename.Code = code;
            rename.UpdateMask.Paths.Add("code");
        }

        return new Operation { Label = label, Rename = rename };
    }

    public static Operation Dissolve(UnitRef unit, ChildrenDisposition children = ChildrenDisposition.Default, UnitRef? to = null, string label = "") =>
        new() { Label = label, Dissolve = new DissolveOperation { Unit = unit, Children = children, ChildrenTo = to } };
}
