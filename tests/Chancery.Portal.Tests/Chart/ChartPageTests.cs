using System.Text.RegularExpressions;
using Chancery.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chancery.Portal.Tests.Chart;

[Collection(PortalCollection.Name)]
public sealed class ChartPageTests(PortalStack stack)
{
    private static async Task OpenByCodeAsync(IPage page, string code, string asOf)
    {
        await page.GotoAsync($"/hierarchy/search?q={code}&asOf={asOf}");
        await page.Locator("#results a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#unit-name")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Chart_OfHoaBinhIn2017_DrawsItsDistricts_AndTheBoxesWorkWithTheKeyboard()
    {
        var page = await stack.SignInAsync("xem");
        await OpenByCodeAsync(page, "000.00.00.H30", "2017-07-11");
        await page.Locator("#chart-link").ClickAsync();
        await Assertions.Expect(page.Locator("#chart-heading")).ToContainTextAsync("Tỉnh Hòa Bình");
        Assert.Contains("asOf=2017-07-11", page.Url);

        var svg = page.Locator("svg#chart");
        await Assertions.Expect(svg).ToHaveAttributeAsync("role", "group");
        await Assertions.Expect(svg.Locator("title#chart-title")).ToHaveCountAsync(1);
        await Assertions.Expect(svg.Locator("desc#chart-desc")).ToContainTextAsync("11/07/2017");
        foreach (var district in new[] { "Huyện Lương Sơn", "Huyện Kỳ Sơn", "Huyện Lạc Thủy", "Huyện Kim Bôi" })
        {
            await Assertions.Expect(svg.Locator($"a.box[aria-label^='{district} ']")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("#chart-list").GetByRole(AriaRole.Link, new() { Name = district, Exact = true })).ToHaveCountAsync(1);
        }

        // The list and the picture hold the same units.
        var boxes = await svg.Locator("a.box").CountAsync();
        Assert.Equal(boxes, await page.Locator("#chart-list li").CountAsync());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("chart-hoa-binh-2017-vi.png"), FullPage = true });

        // Keyboard only: Tab reaches the root's box, the next Tab its first child (reading order), Enter opens it.
        var root = svg.Locator("a.box.root");
        for (var i = 0; i < 40 && !await root.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(root).ToBeFocusedAsync();
        var outline = await root.Locator("rect").EvaluateAsync<string>("e => getComputedStyle(e).fill");
        Assert.Equal("rgb(255, 221, 0)", outline);
        await page.Keyboard.PressAsync("Tab");
        var first = svg.Locator("a.box").Nth(1);
        await Assertions.Expect(first).ToBeFocusedAsync();
        var name = await first.Locator("title").TextContentAsync() ?? "";
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync(name);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("asOf=2017-07-11"));
    }

    [Fact]
    public async Task Chart_DepthLimit_ShowsMoreLinks_ThatOpenTheChartBelow()
    {
        var page = await stack.SignInAsync("xem");
        await OpenByCodeAsync(page, "000.00.00.H30", "2017-07-11");
        await page.Locator("#chart-link").ClickAsync();
        await page.Locator("#language-switch").ClickAsync();
        await page.Locator("#f-depth").SelectOptionAsync("1");
        await page.Locator("#redraw").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("depth=1"));
        var svg = page.Locator("svg#chart");
        await Assertions.Expect(svg.Locator("a.box[aria-label^='Huyện Kim Bôi ']")).ToHaveCountAsync(1);
        await Assertions.Expect(svg.Locator("a.box[aria-label^='Xã Sơn Thủy ']")).ToHaveCountAsync(0);
        var more = svg.Locator("a.more[aria-label*='below Huyện Kim Bôi']");
        await Assertions.Expect(more).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#chart-list a.more", new() { HasText = "below Huyện Kim Bôi" })).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("chart-hoa-binh-2017-depth1-en.png"), FullPage = true });

        await more.ClickAsync();
        await Assertions.Expect(page.Locator("#chart-heading")).ToHaveTextAsync("Organization chart: Huyện Kim Bôi");
        await Assertions.Expect(page.Locator("svg#chart a.box[aria-label^='Xã Sơn Thủy ']")).ToHaveCountAsync(1);
        Assert.Contains("asOf=2017-07-11", page.Url);
        Assert.Contains("depth=1", page.Url);
        await page.Locator("#chart-up").ClickAsync();
        await Assertions.Expect(page.Locator("#chart-heading")).ToHaveTextAsync("Organization chart: Tỉnh Hòa Bình");
    }

    [Fact]
    public async Task Chart_OfAUnitAfterItEnded_Answers404_NotAnError()
    {
        var page = await stack.SignInAsync("xem");
        await OpenByCodeAsync(page, "000.00.00.H30", "2017-07-11");
        var id = new Uri(page.Url).AbsolutePath.Split('/')[2];
        var response = await page.GotoAsync($"/units/{id}/chart?asOf=2026-01-01&depth=abc");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
        // Not an id at all: the server's field violation, as a 400.
        response = await page.GotoAsync("/units/no-such-unit/chart");
        Assert.Equal(400, response!.Status);
        await Assertions.Expect(page.Locator("#error-summary")).ToBeVisibleAsync();
    }
}
