using Chancery.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chancery.Portal.Tests.Admin;

[Collection(PortalCollection.Name)]
public sealed class AuditPageTests(PortalStack stack)
{
    [Fact]
    public async Task Auditor_VerifiesTheChain_AndSeesItIntact()
    {
        var page = await stack.SignInAsync("kiemtoan");
        await Assertions.Expect(page.Locator("#admin-link")).ToHaveCountAsync(0);
        await page.Locator("#audit-link").ClickAsync();
        await Assertions.Expect(page.Locator("#entries tbody tr").First).ToBeVisibleAsync();
        await page.Locator("#verify-chain").ClickAsync();
        await Assertions.Expect(page.Locator("#chain-state")).ToHaveTextAsync("Chuỗi nhật ký toàn vẹn.");
        Assert.True(int.Parse(await page.Locator("#entries-checked").TextContentAsync() ?? "0") > 0);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("audit-verified-vi.png"), FullPage = true });
        await page.Locator("#language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Audit trail");
    }

    [Fact]
    public async Task Auditor_FiltersByEntityKindAndRpc_OnlyThoseEntries_AndPages()
    {
        var page = await stack.SignInAsync("kiemtoan");
        await page.GotoAsync("/admin/audit");
        await page.Locator("#f-entity_kind").SelectOptionAsync("grant");
        await page.Locator("#filter").ClickAsync();
        var rows = page.Locator("#entries tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        foreach (var text in await rows.AllTextContentsAsync())
        {
            Assert.Contains("grant", text);
        }

        await page.Locator("#f-entity_kind").SelectOptionAsync("");
        await page.Locator("#f-operation").FillAsync("/chancery.v1.Units/NoSuchRpc");
        await page.Locator("#filter").ClickAsync();
        await Assertions.Expect(page.Locator("#no-entries")).ToBeVisibleAsync();

        await page.Locator("#f-operation").FillAsync("demo/seed");
        await page.Locator("#filter").ClickAsync();
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await page.Locator("#next-page").ClickAsync();
        Assert.Contains("operation=demo", page.Url);
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Auditor_BadDate_ErrorBesideTheField()
    {
        var page = await stack.SignInAsync("kiemtoan");
        var response = await page.GotoAsync("/admin/audit?recorded_from=31/02/2025");
        Assert.Equal(400, response!.Status);
        await Assertions.Expect(page.Locator("#f-recorded_from-error")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }
}
