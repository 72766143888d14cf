using Chancery.Portal.Problems;
using Chancery.Portal.Setup;
using Chancery.Portal.Texts;
using Grpc.Core;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Chancery.Portal.Pages;

/// <summary>
/// What every page shares: the as-of date of its URL (<c>?asOf=2017-07-11</c>, ISO; dd/MM/yyyy is
/// read too), the texts of its language, and the server's refusal, shown instead of a result.
/// </summary>
public abstract class PortalPage : PageModel
{
    public const string AsOfKey = "asOf";

    public Text T => Text.Current;

    public Problem? Problem { get; protected set; }

    /// <summary>The as-of date of the URL as the API takes it (ISO), empty for today.</summary>
    public string AsOf => Dates.ToIso(Request.Query[AsOfKey].ToString());

    /// <summary>The date the page shows, dd/MM/yyyy.</summary>
    public string AsOfShown => AsOf.Length > 0 ? Dates.Show(AsOf) : Dates.Show(Dates.Iso(Dates.Today(HttpContext.RequestServices.GetRequiredService<TimeProvider>())));

    /// <summary>Route values that keep the as-of date of this page.</summary>
    public Dictionary<string, string> Keep(params (string Key, string? Value)[] values)
    {
        var route = new Dictionary<string, string>();
        if (AsOf.Length > 0)
        {
            route[AsOfKey] = AsOf;
        }

        foreach (var (key, value) in values)
        {
            if (value is { Length: > 0 })
            {
                route[key] = value;
            }
        }

        return route;
    }

    /// <summary>A unit's page, as of this page's date.</summary>
    public string UnitUrl(string id) => "/units/" + Uri.EscapeDataString(id) + (AsOf.Length > 0 ? "?asOf=" + Uri.EscapeDataString(AsOf) : "");

    /// <summary>A call to the server; on refusal the problem is kept for the page and the default returned.</summary>
    protected async Task<TResult?> Call<TResult>(Func<CancellationToken, Task<TResult>> call)
        where TResult : class
    {
        try
        {
            return await call(HttpContext.RequestAborted);
        }
        catch (RpcException ex) when (ex.StatusCode != Grpc.Core.StatusCode.Cancelled || !HttpContext.RequestAborted.IsCancellationRequested)
        {
            Problem ??= Problem.From(ex);
            return null;
        }
    }

    /// <summary>The page again, with the problem and its HTTP status (never 500 for what the caller sent).</summary>
    protected IActionResult Refused()
    {
        if (Problem is { } problem)
        {
            Response.StatusCode = problem.HttpStatus;
        }

        return Page();
    }

    public string? FieldError(string field) => Problem?.ForField(field);

    /// <summary>Where the error summary links a field violation to: the field's input, <c>#f-name</c> (<c>basis.number</c>: <c>#f-basis</c>).</summary>
    public virtual string FieldAnchor(string field) => "f-" + field.Split('.')[0];
}
