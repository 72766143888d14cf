using System.Text.RegularExpressions;
using Chancery.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chancery.Portal.Tests.Hierarchy;

[Collection(PortalCollection.Name)]
public sealed class HierarchyPageTests(PortalStack stack)
{
    [Fact]
    public async Task Search_WithoutDiacritics_FindsLuongSon()
    {
        var page = await stack.SignInAsync("xem");
        await page.GotoAsync("/hierarchy/search?q=luong+son&asOf=2017-07-11");
        var results = page.Locator("#results");
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { Name = "Huyện Lương Sơn", Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(results.GetByRole(AriaRole.Link, new() { Name = "Thị trấn Lương Sơn", Exact = true })).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task AsOf_2017_ShowsHoaBinhsDistricts_Today_ShowsPhuTho()
    {
        var page = await stack.SignInAsync("xem");
        await page.GotoAsync("/hierarchy?asOf=2017-07-11");
        var tree = page.Locator("#tree");
        await Assertions.Expect(tree).ToContainTextAsync("Tỉnh Hòa Bình");
        await page.Locator("#tree > li", new() { HasText = "Tỉnh Hòa Bình" }).Locator("a.toggle").First.ClickAsync();
        await Assertions.Expect(tree).ToContainTextAsync("Huyện Lương Sơn");
        await Assertions.Expect(tree).ToContainTextAsync("Huyện Lạc Thủy");
        Assert.Contains("asOf=2017-07-11", page.Url);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("hierarchy-2017-vi.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Hôm nay" }).ClickAsync();
        await Assertions.Expect(tree).ToContainTextAsync("Tỉnh Phú Thọ");
        await Assertions.Expect(tree).Not.ToContainTextAsync("Tỉnh Hòa Bình");
    }

    [Fact]
    public async Task LanguageSwitch_English_IsRemembered()
    {
        var page = await stack.SignInAsync("xem");
        await page.GotoAsync("/hierarchy?asOf=2017-07-11");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Cơ cấu tổ chức");
        await page.Locator("#language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Organization");
        Assert.Contains("asOf=2017-07-11", page.Url);
        await page.GotoAsync("/hierarchy/search?q=luong+son&asOf=2017-07-11");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Search");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/hierarchy?asOf=2017-07-11");
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("hierarchy-2017-en.png"), FullPage = true });
    }

    [Fact]
    public async Task Search_ByKeyboardAlone_OpensTheUnit()
    {
        var page = await stack.SignInAsync("xem");
        await page.GotoAsync("/hierarchy/search?asOf=2017-07-11");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        for (var i = 0; i < 10 && !await page.Locator("#f-query").EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(page.Locator("#f-query")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("luong son");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#results")).ToContainTextAsync("Huyện Lương Sơn");
        var link = page.Locator("#results").GetByRole(AriaRole.Link, new() { Name = "Huyện Lương Sơn", Exact = true });
        for (var i = 0; i < 40 && !await link.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(link).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync("Huyện Lương Sơn");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("asOf=2017-07-11"));
    }
}
