using Chancery.Portal.Setup;
using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Admin;

/// <summary>The users, page by page, and a new user (the generated password shown once).</summary>
public sealed class UsersModel(V1.Access.AccessClient access) : AdminPage
{
    [BindProperty(SupportsGet = true, Name = "after")]
    public string? PageToken { get; set; }

    [BindProperty(Name = "user_name")]
    public string? UserName { get; set; }

    [BindProperty(Name = "display_name")]
    public string? DisplayName { get; set; }

    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    public IReadOnlyList<User> Users { get; private set; } = [];

    public string NextPageToken { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Problem is null ? Page() : Refused();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var created = await Call(ct => access.CreateUserAsync(new CreateUserRequest
        {
            UserName = UserName ?? "", DisplayName = DisplayName ?? "", Password = Password ?? "", Reason = Reason ?? "",
        }, cancellationToken: ct).ResponseAsync);
        if (created is not null)
        {
            Done = $"{A.Done} {created.User.UserName}";
            ShownOnce = created.Password;
            UserName = DisplayName = Password = Reason = null;
            ModelState.Clear();
        }

        var problem = Problem;
        await LoadAsync();
        Problem = problem ?? Problem;
        return Problem is null ? Page() : Refused();
    }

    private async Task LoadAsync()
    {
        var page = await Call(ct => access.ListUsersAsync(new ListUsersRequest { PageSize = 100, PageToken = PageToken ?? "" }, cancellationToken: ct).ResponseAsync);
        Users = page?.Users.OrderBy(u => u.UserName, Languages.VietnameseOrder).ToList() ?? [];
        NextPageToken = page?.NextPageToken ?? "";
    }
}
