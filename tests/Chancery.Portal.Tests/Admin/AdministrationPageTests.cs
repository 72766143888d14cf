using Chancery.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chancery.Portal.Tests.Admin;

[Collection(PortalCollection.Name)]
public sealed class AdministrationPageTests(PortalStack stack)
{
    private static string Unique(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task SystemAdministrator_CreatesAUser_GrantsASubtreeChosenOnTheTree_ThenRevokes()
    {
        var page = await stack.SignInAsync("quantri");
        await Assertions.Expect(page.Locator("#create-top-level")).ToBeVisibleAsync();
        await page.Locator("#admin-link").ClickAsync();
        var name = Unique("canbo.moi.");
        await page.Locator("#f-user_name").FillAsync(name);
        await page.Locator("#f-display_name").FillAsync("Cán bộ mới (thử)");
        await page.Locator("#f-reason").FillAsync("Quyết định 5/QĐ-SNV (thử)");
        await page.Locator("#create-user").ClickAsync();
        await Assertions.Expect(page.Locator("#shown-once")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\S{10,}"));
        await Assertions.Expect(page.Locator("#users")).ToContainTextAsync(name);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("admin-users-vi.png"), FullPage = true });

        await page.GotoAsync("/admin/grants?asOf=2017-07-11");
        var hoaBinh = page.Locator("li", new() { Has = page.GetByLabel("Tỉnh Hòa Bình", new() { Exact = true }) }).First;
        await hoaBinh.Locator("a.toggle").First.ClickAsync();
        await page.GetByLabel("Huyện Lương Sơn", new() { Exact = true }).CheckAsync();
        await page.Locator("#f-user_id").SelectOptionAsync(new SelectOptionValue { Label = $"{name} — Cán bộ mới (thử)" });
        await page.Locator("#f-role").SelectOptionAsync("UnitAdministrator");
        await page.Locator("#f-reason").FillAsync("Phân công quản trị (thử)");
        await page.Locator("#grant-role").ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToBeVisibleAsync();
        var row = page.Locator("#grants tr", new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("Quản trị đơn vị");
        await Assertions.Expect(row).ToContainTextAsync("Huyện Lương Sơn");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("admin-grants-vi.png"), FullPage = true });

        await row.Locator("input[name=reason]").FillAsync("Thu hồi (thử)");
        await row.Locator("button").ClickAsync();
        await Assertions.Expect(page.Locator("#grants tr", new() { HasText = name })).ToHaveCountAsync(0);
        await page.GotoAsync("/admin/grants?revoked=true");
        await Assertions.Expect(page.Locator("#grants tr", new() { HasText = name })).ToContainTextAsync("Thu hồi lúc");
    }

    [Fact]
    public async Task SystemAdministrator_DisablesAUser_AndSetsAPassword()
    {
        var page = await stack.SignInAsync("quantri", "en");
        await page.GotoAsync("/admin/users");
        await page.Locator("#language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Users");
        var name = Unique("disable.me.");
        await page.Locator("#f-user_name").FillAsync(name);
        await page.Locator("#f-display_name").FillAsync("To be disabled");
        await page.Locator("#create-user").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Manage {name}" }).ClickAsync();
        await Assertions.Expect(page.Locator("#user-status")).ToHaveTextAsync("Active");
        await page.Locator("#f-status-reason").FillAsync("Left the office (test)");
        await page.Locator("#toggle-disabled").ClickAsync();
        await Assertions.Expect(page.Locator("#user-status")).ToHaveTextAsync("Disabled");
        await page.Locator("#set-password").ClickAsync();
        await Assertions.Expect(page.Locator("#shown-once")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("admin-user-en.png"), FullPage = true });
    }

    [Fact]
    public async Task CreateUser_BadUserName_ErrorBesideTheField_NothingStored()
    {
        var page = await stack.SignInAsync("quantri");
        await page.GotoAsync("/admin/users");
        await page.Locator("#f-user_name").FillAsync("Tên Có Dấu");
        await page.Locator("#f-display_name").FillAsync("Sai tên");
        var response = await page.RunAndWaitForResponseAsync(() => page.Locator("#create-user").ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(400, response.Status);
        await Assertions.Expect(page.Locator("#f-user_name-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#error-summary a[href='#f-user_name']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#users")).Not.ToContainTextAsync("Sai tên");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task SystemAdministrator_RegistersAClient_ThenRotatesItsSecret()
    {
        var page = await stack.SignInAsync("quantri");
        await page.GotoAsync("/admin/clients");
        var clientId = Unique("he-thong-");
        await page.Locator("#f-client_id").FillAsync(clientId);
        await page.Locator("#f-display_name").FillAsync("Hệ thống thử");
        await page.Locator("#scope-hierarchy-read").CheckAsync();
        await page.Locator("#register-client").ClickAsync();
        var first = await page.Locator("#shown-once").TextContentAsync();
        Assert.False(string.IsNullOrWhiteSpace(first));
        await page.AssertAccessibleAsync();

        await page.Locator("#f-rotate_client_id").FillAsync(clientId);
        await page.Locator("#rotate-secret").ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToContainTextAsync(clientId);
        var second = await page.Locator("#shown-once").TextContentAsync();
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Viewer_SeesNoAdministrationLink_AndTheServerRefusesThePage()
    {
        var page = await stack.SignInAsync("xem");
        await Assertions.Expect(page.Locator("#admin-link")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#audit-link")).ToHaveCountAsync(0);

        var response = await page.GotoAsync("/admin/users");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.Locator("#missing-right")).ToContainTextAsync("access.read");
        await page.AssertAccessibleAsync();
    }
}
