using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages;

/// <summary>The page for what went wrong outside any server answer (an unknown address, a bug).</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PortalPage
{
    [BindProperty(SupportsGet = true)]
    public int? Status { get; set; }

    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
