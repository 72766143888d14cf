using System.Text.RegularExpressions;
using Chancery.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chancery.Portal.Tests.Units;

[Collection(PortalCollection.Name)]
public sealed class UnitPageTests(PortalStack stack)
{
    private static async Task OpenByCodeAsync(IPage page, string code, string asOf)
    {
        await page.GotoAsync($"/hierarchy/search?q={code}&asOf={asOf}");
        await page.Locator("#results a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#unit-name")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task WhoMaySign_InAField_ShowsTheDeputysBlockAndChain()
    {
        var page = await stack.SignInAsync("xem");
        await OpenByCodeAsync(page, "000.01.05.H30", "2017-07-11");
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync("Ủy ban nhân dân huyện Lương Sơn");
        // A viewer is offered no change.
        await Assertions.Expect(page.Locator("#create-child")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#unit-changes")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#positions")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#deputies + table")).ToContainTextAsync("Đinh Công Sứ");
        await page.Locator("#f-field").SelectOptionAsync("tai-chinh");
        await page.Locator("#ask-signers").ClickAsync();
        var signers = page.Locator("#signers");
        await Assertions.Expect(signers).ToContainTextAsync("Đinh Công Sứ");
        await Assertions.Expect(signers).ToContainTextAsync("KT. CHỦ TỊCH");
        Assert.Contains("asOf=2017-07-11", page.Url);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("unit-who-may-sign-vi.png"), FullPage = true });
        await page.Locator("#language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("#sign")).ToHaveTextAsync("Who may sign");
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("unit-who-may-sign-en.png"), FullPage = true });
    }

    [Fact]
    public async Task CreateUnit_BadCode_ErrorBesideTheField_NothingStored()
    {
        var page = await stack.SignInAsync("quantri");
        await OpenByCodeAsync(page, "000.00.00.H30", "2017-07-11");
        await page.Locator("#create-child").ClickAsync();
        var name = "Phòng Thử nghiệm " + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#f-name").FillAsync(name);
        await page.Locator("#f-kind").SelectOptionAsync("Division");
        await page.Locator("#f-code").FillAsync("không-phải-mã");
        await page.Locator("#f-valid_from").FillAsync("01/08/2017");
        await page.Locator("#f-reason").FillAsync("Quyết định 1/QĐ-UBND (thử)");
        var response = await page.RunAndWaitForResponseAsync(() => page.Locator("#save").ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(400, response.Status);
        await Assertions.Expect(page.Locator("#f-code-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#error-summary a[href='#f-code']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#f-name")).ToHaveValueAsync(name);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("create-unit-error-vi.png"), FullPage = true });

        await page.GotoAsync($"/hierarchy/search?q={Uri.EscapeDataString(name)}&asOf=2017-08-02");
        await Assertions.Expect(page.Locator("#results li")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task CreateUnit_OutlivingItsParent_ShowsTheBrokenRule()
    {
        var page = await stack.SignInAsync("quantri");
        await OpenByCodeAsync(page, "000.00.00.H30", "2017-07-11");
        await page.Locator("#create-child").ClickAsync();
        var name = "Phòng Lưu trữ " + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#f-name").FillAsync(name);
        await page.Locator("#f-kind").SelectOptionAsync("Division");
        await page.Locator("#f-valid_from").FillAsync("01/08/2017");
        await page.Locator("#f-reason").FillAsync("Quyết định 2/QĐ-UBND (thử)");
        // Tỉnh Hòa Bình ends on 2025-07-01; a unit from 2017 "until further notice" would outlive it.
        var response = await page.RunAndWaitForResponseAsync(() => page.Locator("#save").ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(409, response.Status);
        await Assertions.Expect(page.Locator("#error-summary code.rule")).ToHaveTextAsync("hierarchy.parent-period");
        await Assertions.Expect(page.Locator("#parent-name")).ToHaveTextAsync("Tỉnh Hòa Bình");
    }

    [Fact]
    public async Task UnitAdministrator_OutsideTheirSubtree_OfferedNoChange_AndRefusedWithTheMissingRightIfForced()
    {
        var page = await stack.SignInAsync("canbo.luongson");
        await OpenByCodeAsync(page, "000.01.05.H30", "2017-07-11");
        await Assertions.Expect(page.Locator("#create-child")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#rename-unit")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#assign")).ToBeVisibleAsync();
        await page.GotoAsync("/hierarchy?asOf=2017-07-11");
        await Assertions.Expect(page.Locator("#tree")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#create-top-level")).ToHaveCountAsync(0);

        // Outside the subtree the page offers no change; forced, the server still refuses it.
        await OpenByCodeAsync(page, "000.01.06.H30", "2017-07-11");
        await Assertions.Expect(page.Locator("#create-child")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#unit-changes")).ToHaveCountAsync(0);
        var unitId = page.Url.Split("/units/")[1].Split('?')[0];
        await page.GotoAsync($"/units/create?parentId={unitId}&asOf=2017-07-11");
        var name = "Phòng Ngoài phạm vi " + Guid.NewGuid().ToString("N")[..6];
        await page.Locator("#f-name").FillAsync(name);
        await page.Locator("#f-kind").SelectOptionAsync("Division");
        await page.Locator("#f-valid_from").FillAsync("01/08/2017");
        await page.Locator("#f-reason").FillAsync("Thử ngoài phạm vi");
        var response = await page.RunAndWaitForResponseAsync(() => page.Locator("#save").ClickAsync(), r => r.Request.Method == "POST");
        Assert.Equal(403, response.Status);
        await Assertions.Expect(page.Locator("#missing-right")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/hierarchy/search?q={Uri.EscapeDataString(name)}&asOf=2017-08-02");
        await Assertions.Expect(page.Locator("#results li")).ToHaveCountAsync(0);
    }
}
