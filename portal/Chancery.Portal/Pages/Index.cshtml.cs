using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages;

/// <summary>The home page is the hierarchy, with the as-of date kept.</summary>
public sealed class HomeModel : PortalPage
{
    public IActionResult OnGet() => RedirectToPage("/Hierarchy/Index", Keep());
}
