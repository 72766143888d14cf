using Chancery.V1;
using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Plans;

/// <summary>The operations' forms: what was typed, as the API's operations (the server judges them at the dry run).</summary>
public sealed partial class NewModel
{
    [BindProperty(Name = "merge_sources")] public string? MergeSources { get; set; }
    [BindProperty(Name = "merge_survivor")] public string? MergeSurvivor { get; set; }
    [BindProperty(Name = "merge_name")] public string? MergeName { get; set; }
    [BindProperty(Name = "merge_kind")] public UnitKind MergeKind { get; set; }
    [BindProperty(Name = "merge_code")] public string? MergeCode { get; set; }
    [BindProperty(Name = "merge_parent")] public string? MergeParent { get; set; }
    [BindProperty(Name = "merge_close_children")] public bool MergeCloseChildren { get; set; }
    [BindProperty(Name = "rename_unit")] public string? RenameUnit { get; set; }
    [BindProperty(Name = "rename_name")] public string? RenameName { get; set; }
    [BindProperty(Name = "rename_short_name")] public string? RenameShortName { get; set; }
    [BindProperty(Name = "rename_kind")] public UnitKind RenameKind { get; set; }
    [BindProperty(Name = "rename_code")] public string? RenameCode { get; set; }
    [BindProperty(Name = "transfer_units")] public string? TransferUnits { get; set; }
    [BindProperty(Name = "transfer_parent")] public string? TransferParent { get; set; }
    [BindProperty(Name = "dissolve_unit")] public string? DissolveUnit { get; set; }
    [BindProperty(Name = "dissolve_children")] public ChildrenDisposition DissolveChildren { get; set; }
    [BindProperty(Name = "dissolve_children_to")] public string? DissolveChildrenTo { get; set; }
    [BindProperty(Name = "split_unit")] public string? SplitUnit { get; set; }
    [BindProperty(Name = "split_parts")] public string? SplitParts { get; set; }
    [BindProperty(Name = "split_kind")] public UnitKind SplitKind { get; set; }
    [BindProperty(Name = "split_continues")] public bool SplitContinues { get; set; }
    [BindProperty(Name = "split_carry")] public bool SplitCarry { get; set; }

    /// <summary>The new units of a split, one name a line (a name may hold commas).</summary>
    private static IEnumerable<string> NameLines(string? text) =>
        (text ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private Operation? Build(string op)
    {
        var operation = new Operation { Label = $"{C.OperationLabel} {Operations.Count + 1}" };
        switch (op)
        {
            case "merge":
                var merge = new MergeOperation
                {
                    Children = MergeCloseChildren ? ChildrenDisposition.Close : ChildrenDisposition.Default,
                };
                merge.Sources.AddRange(Lines(MergeSources).Select(ToRef).OfType<UnitRef>());
                if (ToRef(MergeSurvivor) is { } survivor)
                {
                    merge.Survivor = survivor;
                }
                else
                {
                    merge.NewUnit = new NewUnit
                    {
                        Ref = $"new-{Operations.Count + 1}", Name = MergeName ?? "", Kind = MergeKind, Code = MergeCode?.Trim() ?? "", Parent = ToRef(MergeParent),
                    };
                }

                operation.Merge = merge;
                break;
            case "rename":
                var rename = new RenameOperation { Unit = ToRef(RenameUnit), Name = RenameName ?? "", ShortName = RenameShortName ?? "", Kind = RenameKind, Code = RenameCode?.Trim() ?? "", UpdateMask = new FieldMask() };
                foreach (var (path, given) in new[] { ("name", RenameName is { Length: > 0 }), ("short_name", RenameShortName is { Length: > 0 }), ("kind", RenameKind != UnitKind.Unspecified), ("code", RenameCode is { Length: > 0 }) })
                {
                    if (given)
                    {
                        rename.UpdateMask.Paths.Add(path);
                    }
                }

                operation.Rename = rename;
                break;
            case "transfer":
                var transfer = new TransferOperation { NewParent = ToRef(TransferParent) };
                transfer.Units.AddRange(Lines(TransferUnits).Select(ToRef).OfType<UnitRef>());
                operation.Transfer = transfer;
                break;
            case "dissolve":
                operation.Dissolve = new DissolveOperation { Unit = ToRef(DissolveUnit), Children = DissolveChildren, ChildrenTo = ToRef(DissolveChildrenTo) };
                break;
            case "split":
                var split = new SplitOperation { Source = ToRef(SplitUnit), SourceContinues = SplitContinues };
                var k = 0;
                split.Parts.AddRange(NameLines(SplitParts).Select(name => new NewUnit { Ref = $"new-{Operations.Count + 1}-{++k}", Name = name, Kind = SplitKind }));
                operation.Split = split;
                break;
            default:
                return null;
        }

        return operation;
    }

    private void Clear()
    {
        MergeSources = MergeSurvivor = MergeName = MergeCode = MergeParent = RenameUnit = RenameName = RenameShortName = RenameCode = null;
        TransferUnits = TransferParent = DissolveUnit = DissolveChildrenTo = SplitUnit = SplitParts = null;
        (MergeKind, RenameKind, DissolveChildren, MergeCloseChildren) = (UnitKind.Unspecified, UnitKind.Unspecified, ChildrenDisposition.Default, false);
        (SplitKind, SplitContinues, SplitCarry) = (UnitKind.Unspecified, false, false);
        ModelState.Clear();
    }

    /// <summary>A unit as typed, with its name when it was found.</summary>
    private string Named(UnitRef? r) => r is null ? "" : UnitNames.TryGetValue(Show(r), out var name) ? $"{name} ({Show(r)})" : Show(r);

    /// <summary>An operation in a line: what it does to which units, as typed (with their names).</summary>
    public string Describe(Operation o) => o.OpCase switch
    {
        Operation.OpOneofCase.Merge => string.Format(C.DescribeMerge, string.Join(", ", o.Merge.Sources.Select(Named)),
            o.Merge.Survivor is { } s ? Named(s) : $"{o.Merge.NewUnit?.Name} ({(o.Merge.NewUnit is { } n ? Texts.Names.Of(n.Kind) : "")})"),
        Operation.OpOneofCase.Rename => string.Format(C.DescribeRename, Named(o.Rename.Unit),
            string.Join(", ", new[] { o.Rename.Name, o.Rename.ShortName, o.Rename.Kind == UnitKind.Unspecified ? "" : Texts.Names.Of(o.Rename.Kind), o.Rename.Code }.Where(x => x.Length > 0))),
        Operation.OpOneofCase.Transfer => string.Format(C.DescribeTransfer, string.Join(", ", o.Transfer.Units.Select(Named)), o.Transfer.NewParent is { } p ? Named(p) : T.TopLevel),
        Operation.OpOneofCase.Dissolve => string.Format(C.DescribeDissolve, Named(o.Dissolve.Unit)),
        Operation.OpOneofCase.Split => string.Format(C.DescribeSplit, Named(o.Split.Source),
            string.Join(", ", o.Split.Parts.Select(p => $"{p.Name} ({Texts.Names.Of(p.Kind)}; ref:{p.Ref})"))),
        Operation.OpOneofCase.CarryPositions => string.Format(C.DescribeCarry, o.CarryPositions.PositionIds.Count, Named(o.CarryPositions.To)),
        _ => o.OpCase.ToString(),
    };

    public IEnumerable<(string Value, string Text)> DispositionOptions() =>
    [
        (ChildrenDisposition.Default.ToString(), C.ChildrenMustBeMoved),
        (ChildrenDisposition.Close.ToString(), C.ChildrenClose),
        (ChildrenDisposition.MoveTo.ToString(), C.ChildrenMoveTo),
    ];
}
