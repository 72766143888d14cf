using Chancery.Portal.Setup;
using Chancery.V1;
using Google.Protobuf;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Plans;

/// <summary>
/// A reorganization plan built on the page: operations (merge, split, rename, transfer, dissolve; a split's positions carried to its first part) added one
/// by one under one effective date and basis, the plan carried in the form between steps; its dry
/// run (DryRunPlan) shown before an Apply button (ApplyPlan, idempotent by the plan's id).
/// </summary>
public sealed partial class NewModel(Reorganizations.ReorganizationsClient reorganizations, V1.Units.UnitsClient units, V1.Positions.PositionsClient positions) : ChangePage
{
    /// <summary>The operations added so far, as the API's JSON.</summary>
    [BindProperty(Name = "operations")] public string? OperationsJson { get; set; }
    [BindProperty(Name = "plan_id")] public string? PlanId { get; set; }
    [BindProperty(Name = "effective_date")] public string? EffectiveDate { get; set; }
    [BindProperty(Name = "basis")] public string? BasisNumber { get; set; }
    [BindProperty(Name = "basis_date")] public string? BasisDate { get; set; }
    [BindProperty(Name = "basis_issuer")] public string? BasisIssuer { get; set; }
    [BindProperty(Name = "description")] public string? Description { get; set; }

    /// <summary>The unit the page was opened from: the operations' forms start with it.</summary>
    [BindProperty(SupportsGet = true, Name = "unit")] public string? UnitKey { get; set; }

    public List<Operation> Operations { get; private set; } = [];

    /// <summary>The names of the units the operations name (by id or code), on the eve of the effective date: shown beside what was typed.</summary>
    public Dictionary<string, string> UnitNames { get; } = [];
    public PlanResult? Result { get; private set; }

    public void OnGet() => PlanId = "portal-" + Guid.NewGuid().ToString("N")[..12];

    public async Task<IActionResult> OnPostAddAsync(string op)
    {
        Read();
        if (Build(op) is { } operation)
        {
            var carry = op == "split" && SplitCarry && operation.Split.Parts.Count > 0 ? await CarryAsync(operation.Split) : null;
            Operations.Add(operation);
            if (carry is { PositionIds.Count: > 0 })
            {
                Operations.Add(new Operation { Label = $"{C.OperationLabel} {Operations.Count + 1}", CarryPositions = carry });
            }

            Clear();
        }

        return Page();
    }

    /// <summary>
    /// The positions the split unit holds on the eve of the plan's date (or the page's date), carried
    /// to the split's first part: an operation of the plan like any other, judged by the server.
    /// </summary>
    private async Task<CarryPositionsOperation?> CarryAsync(SplitOperation split)
    {
        var asOf = Dates.TryRead(EffectiveDate, out var effective) ? Dates.Iso(effective.AddDays(-1)) : AsOf;
        try
        {
            var id = split.Source?.KeyCase switch
            {
                UnitRef.KeyOneofCase.Id => split.Source.Id,
                UnitRef.KeyOneofCase.Code => (await units.GetUnitAsync(new GetUnitRequest { Code = split.Source.Code, AsOf = asOf }, cancellationToken: HttpContext.RequestAborted)).Unit.Id,
                _ => null,
            };
            if (id is null)
            {
                return null;
            }

            var staffing = await positions.ListUnitPositionsAsync(new ListUnitPositionsRequest { UnitId = id, AsOf = asOf }, cancellationToken: HttpContext.RequestAborted);
            var carry = new CarryPositionsOperation { To = new UnitRef { Ref = split.Parts[0].Ref } };
            carry.PositionIds.AddRange(staffing.Positions.Select(p => p.Position.Id));
            return carry;
        }
        catch (Grpc.Core.RpcException ex) when (ex.StatusCode is not Grpc.Core.StatusCode.Cancelled)
        {
            // The unit is not found (or not to be read): the split alone, the dry run says what is wrong.
            return null;
        }
    }

    public IActionResult OnPostRemove(int index)
    {
        Read();
        if (index >= 0 && index < Operations.Count)
        {
            Operations.RemoveAt(index);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostDryRunAsync()
    {
        Read();
        Result = (await Call(ct => reorganizations.DryRunPlanAsync(new DryRunPlanRequest { Plan = Plan() }, cancellationToken: ct).ResponseAsync))?.Result;
        return Result is null ? Refused() : Page();
    }

    public async Task<IActionResult> OnPostApplyAsync()
    {
        Read();
        Result = (await Call(ct => reorganizations.ApplyPlanAsync(new ApplyPlanRequest { Plan = Plan() }, cancellationToken: ct).ResponseAsync))?.Result;
        if (Result is null)
        {
            return Refused();
        }

        if (!Result.Applied && Result.Problems.Count > 0)
        {
            Response.StatusCode = 409;
        }

        return Page();
    }

    /// <summary>Looks up the units the operations name, for the page only: a unit not found is shown as typed (the dry run says why).</summary>
    private async Task NameUnitsAsync()
    {
        var asOf = Dates.TryRead(EffectiveDate, out var effective) ? Dates.Iso(effective.AddDays(-1)) : AsOf;
        var refs = Operations.SelectMany(o => o.OpCase switch
        {
            Operation.OpOneofCase.Merge => o.Merge.Sources.Append(o.Merge.Survivor),
            Operation.OpOneofCase.Rename => [o.Rename.Unit],
            Operation.OpOneofCase.Transfer => o.Transfer.Units.Append(o.Transfer.NewParent),
            Operation.OpOneofCase.Dissolve => [o.Dissolve.Unit, o.Dissolve.ChildrenTo],
            Operation.OpOneofCase.Split => [o.Split.Source],
            _ => [],
        }).OfType<UnitRef>().Where(r => r.KeyCase is UnitRef.KeyOneofCase.Id or UnitRef.KeyOneofCase.Code).DistinctBy(Show).Take(50);
        foreach (var r in refs)
        {
            var request = r.KeyCase == UnitRef.KeyOneofCase.Id ? new GetUnitRequest { Id = r.Id, AsOf = asOf } : new GetUnitRequest { Code = r.Code, AsOf = asOf };
            try
            {
                UnitNames[Show(r)] = (await units.GetUnitAsync(request, cancellationToken: HttpContext.RequestAborted)).Unit.Name;
            }
            catch (Grpc.Core.RpcException ex) when (ex.StatusCode is not Grpc.Core.StatusCode.Cancelled)
            {
                // Shown as typed.
            }
        }
    }

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null && executed.Result is Microsoft.AspNetCore.Mvc.RazorPages.PageResult)
        {
            await NameUnitsAsync();
        }
    }

    private Plan Plan() => new()
    {
        Id = PlanId ?? "", EffectiveDate = Dates.ToIso(EffectiveDate), Basis = ToBasis(BasisNumber, BasisDate, BasisIssuer), Description = Description ?? "",
        Operations = { Operations },
    };

    private void Read()
    {
        Operations = [];
        if (OperationsJson is not { Length: > 0 } json)
        {
            return;
        }

        try
        {
            Operations.AddRange(JsonParser.Default.Parse<Plan>(json).Operations);
        }
        catch (InvalidProtocolBufferException)
        {
            // A form changed by hand: the plan starts again empty.
        }
    }

    public string OperationsAsJson() => JsonFormatter.Default.Format(new Plan { Operations = { Operations } });

    /// <summary>The summary links a violation inside an operation to that operation; the plan's own fields to their inputs.</summary>
    public override string FieldAnchor(string field)
    {
        var f = field.StartsWith("plan.", StringComparison.Ordinal) ? field[5..] : field;
        if (f.StartsWith("operations[", StringComparison.Ordinal) && f.IndexOf(']') is > 11 and var end)
        {
            return "op-" + f[11..end];
        }

        return f is "plan_id" or "id" ? "operations-title" : base.FieldAnchor(f);
    }

    /// <summary>The message of a field of the plan itself (the server names it plan.x).</summary>
    public string? PlanError(string field) => FieldError("plan." + field) ?? FieldError(field);
}
