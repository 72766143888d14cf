using System.Text.RegularExpressions;
using Chancery.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chancery.Portal.Tests.Chart;

[Collection(PortalCollection.Name)]
public sealed class LineageTests(PortalStack stack)
{
    [Fact]
    public async Task MergedCommune_After20250701_ShowsItsPredecessors_AndTheyLinkBack()
    {
        var page = await stack.SignInAsync("xem");
        await page.GotoAsync("/hierarchy/search?q=000.01.00.H43&asOf=2025-07-01");
        await page.Locator("#results a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync("Xã Kim Bôi");
        var before = page.Locator("#lineage-before");
        await Assertions.Expect(before.GetByRole(AriaRole.Link, new() { Name = "Xã Sơn Thủy", Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(before.GetByRole(AriaRole.Link, new() { Name = "Xã Thượng Bì", Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(before).ToContainTextAsync("01/07/2025");
        await Assertions.Expect(before).ToContainTextAsync("202/2025/QH15");
        await Assertions.Expect(page.Locator("#versions-table tr.current")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#versions-table")).ToContainTextAsync("Tỉnh Phú Thọ");
        // A viewer may not read the audit trail: the page says which right is missing and shows the rest.
        await Assertions.Expect(page.Locator("#audit-not-shown")).ToContainTextAsync("audit.read");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("unit-lineage-kim-boi-vi.png"), FullPage = true });

        await before.GetByRole(AriaRole.Link, new() { Name = "Xã Sơn Thủy", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync("Xã Sơn Thủy");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("asOf=2025-06-30"));
        var after = page.Locator("#lineage-after");
        await Assertions.Expect(after.GetByRole(AriaRole.Link, new() { Name = "Xã Kim Bôi", Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#versions-table")).ToContainTextAsync("Huyện Kim Bôi");
        await page.AssertAccessibleAsync();
        await page.Locator("#language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("#lineage-after caption")).ToHaveTextAsync("After the reorganization");
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("unit-lineage-son-thuy-en.png"), FullPage = true });
    }

    [Fact]
    public async Task Auditor_SeesTheUnitsAuditEntries_WithWhatChanged()
    {
        var page = await stack.SignInAsync("kiemtoan");
        await page.GotoAsync("/hierarchy/search?q=000.01.00.H43&asOf=2025-07-01");
        await page.Locator("#results a").First.ClickAsync();
        var audit = page.Locator("#audit-table");
        await Assertions.Expect(audit).ToBeVisibleAsync();
        await Assertions.Expect(audit.Locator("tbody tr").First).ToContainTextAsync("versions");
        await page.AssertAccessibleAsync();
    }
}
