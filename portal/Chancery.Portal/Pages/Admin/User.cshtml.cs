using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Admin;

/// <summary>One user: disabled or enabled, and a new password (the generated one shown once); each change with its reason.</summary>
public sealed class UserModel(V1.Access.AccessClient access) : AdminPage
{
    private const int MaxPages = 50;

    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    [BindProperty(Name = "disabled")]
    public bool Disabled { get; set; }

    public User? Shown { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await FindAsync();
        return Answer();
    }

    public async Task<IActionResult> OnPostStatusAsync()
    {
        var changed = await Call(ct => access.SetUserDisabledAsync(new SetUserDisabledRequest { UserId = Id, Disabled = Disabled, Reason = Reason ?? "" }, cancellationToken: ct).ResponseAsync);
        return await AfterAsync(changed?.User, null);
    }

    public async Task<IActionResult> OnPostPasswordAsync()
    {
        var changed = await Call(ct => access.SetUserPasswordAsync(new SetUserPasswordRequest { UserId = Id, Password = Password ?? "", Reason = Reason ?? "" }, cancellationToken: ct).ResponseAsync);
        return await AfterAsync(changed?.User, changed?.Password);
    }

    private async Task<IActionResult> AfterAsync(User? changed, string? password)
    {
        if (changed is null)
        {
            await FindAsync();
            return Answer();
        }

        Shown = changed;
        Done = A.Done;
        ShownOnce = password;
        Reason = Password = null;
        ModelState.Clear();
        return Page();
    }

    private IActionResult Answer()
    {
        if (Problem is null && Shown is null)
        {
            Response.StatusCode = 404;
            return Page();
        }

        return Problem is null ? Page() : Refused();
    }

    /// <summary>The server has no lookup of one user: the pages of the list, until it is found.</summary>
    private async Task FindAsync()
    {
        var token = "";
        for (var i = 0; i < MaxPages && Shown is null; i++)
        {
            var page = await Call(ct => access.ListUsersAsync(new ListUsersRequest { PageSize = 1000, PageToken = token }, cancellationToken: ct).ResponseAsync);
            Shown = page?.Users.FirstOrDefault(u => u.Id == Id);
            if (page is null || page.NextPageToken.Length == 0)
            {
                break;
            }

            token = page.NextPageToken;
        }
    }
}
