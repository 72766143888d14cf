using Chancery.Portal.Tests.Infrastructure;
using Microsoft.Playwright;
using static Chancery.Portal.Tests.Infrastructure.ChangeSteps;

namespace Chancery.Portal.Tests.Changes;

[Collection(PortalCollection.Name)]
public sealed class UnitChangeTests(PortalStack stack)
{
    [Fact]
    public async Task RenameUnit_FromADate_TheUnitHasBothVersions()
    {
        var page = await stack.SignInAsync("quantri");
        var name = Unique("Ban Thử nghiệm");
        var id = await CreateTopLevelUnitAsync(page, name);
        await page.Locator("#rename-unit").ClickAsync();
        await Assertions.Expect(page.Locator("#f-name")).ToHaveValueAsync(name);
        var renamed = name + " mới";
        await page.Locator("#f-name").FillAsync(renamed);
        await page.Locator("#f-effective_date").FillAsync("01/03/2021");
        await page.Locator("#f-reason").FillAsync("Quyết định 7/QĐ-UBND (thử)");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("rename-unit-vi.png"), FullPage = true });
        await page.Locator("#save").ClickAsync();

        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync(renamed);
        Assert.Contains($"/units/{id}?asOf=2021-03-01", page.Url);
        await Assertions.Expect(page.Locator("#done")).ToHaveTextAsync("Đã đổi tên đơn vị.");
        var versions = page.Locator("#versions + table");
        await Assertions.Expect(versions).ToContainTextAsync(name);
        await Assertions.Expect(versions.Locator("tr", new() { HasText = renamed })).ToContainTextAsync("01/03/2021");
        await page.GotoAsync($"/units/{id}?asOf=2021-02-28");
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync(name);
    }

    [Fact]
    public async Task RenameUnit_ByKeyboardAlone_FromTheUnitsPage_ShowsTheNewName()
    {
        var page = await stack.SignInAsync("quantri");
        var name = Unique("Ban Bàn phím");
        var id = await CreateTopLevelUnitAsync(page, name);
        await page.GotoAsync($"/units/{id}");

        // From here on no mouse and no Fill: Tab moves, Enter follows a link or presses a button, the keys type.
        await TabToAsync(page, page.Locator("#rename-unit"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#f-name")).ToHaveValueAsync(name);
        await TabToAsync(page, page.Locator("#f-name"));
        await page.Keyboard.PressAsync("Control+A");
        var renamed = name + " (bàn phím)";
        await page.Keyboard.TypeAsync(renamed);
        await TabToAsync(page, page.Locator("#f-effective_date"));
        await page.Keyboard.TypeAsync("15/04/2022");
        await TabToAsync(page, page.Locator("#f-reason"));
        await page.Keyboard.TypeAsync("Quyết định 9/QĐ-UBND (thử bằng bàn phím)");
        await TabToAsync(page, page.Locator("#save"));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync(renamed);
        Assert.Contains($"/units/{id}?asOf=2022-04-15", page.Url);
        await Assertions.Expect(page.Locator("#versions + table").Locator("tr", new() { HasText = renamed })).ToContainTextAsync("15/04/2022");
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus (at most 60 times), and says so.</summary>
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var i = 0; i < 60 && !await target.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Assertions.Expect(target).ToBeFocusedAsync();
    }

    [Fact]
    public async Task RenameUnit_BadDate_ErrorBesideTheField_NothingStored()
    {
        var page = await stack.SignInAsync("quantri");
        var name = Unique("Ban Ngày sai");
        var id = await CreateTopLevelUnitAsync(page, name);
        await page.Locator("#rename-unit").ClickAsync();
        await page.Locator("#f-name").FillAsync(name + " khác");
        await page.Locator("#f-effective_date").FillAsync("31/02/2021");
        await page.Locator("#f-reason").FillAsync("Thử ngày sai");
        var response = await SubmitAsync(page);
        Assert.Equal(400, response.Status);
        await Assertions.Expect(page.Locator("#f-effective_date-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#error-summary a[href='#f-effective_date']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#f-effective_date")).ToHaveValueAsync("31/02/2021");
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/units/{id}");
        await Assertions.Expect(page.Locator("#versions + table tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task RenameUnit_SomeoneElseRenamedItMeanwhile_IsRefusedAsStale_NothingStored()
    {
        var page = await stack.SignInAsync("quantri");
        var name = Unique("Ban Đồng thời");
        var id = await CreateTopLevelUnitAsync(page, name);
        await page.GotoAsync($"/units/{id}/rename");
        await page.Locator("#f-name").FillAsync(name + " (A)");
        await page.Locator("#f-effective_date").FillAsync("01/06/2021");
        await page.Locator("#f-reason").FillAsync("Người A");

        var other = await stack.SignInAsync("quantri");
        await other.GotoAsync($"/units/{id}/rename");
        await other.Locator("#f-name").FillAsync(name + " (B)");
        await other.Locator("#f-effective_date").FillAsync("01/05/2021");
        await other.Locator("#f-reason").FillAsync("Người B");
        await other.Locator("#save").ClickAsync();
        await Assertions.Expect(other.Locator("#unit-name")).ToHaveTextAsync(name + " (B)");

        var response = await SubmitAsync(page);
        Assert.Equal(409, response.Status);
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("Dữ liệu đã được người khác thay đổi");
        await page.AssertAccessibleAsync();
        await page.GotoAsync($"/units/{id}?asOf=2021-07-01");
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync(name + " (B)");
        await Assertions.Expect(page.Locator("#versions + table")).Not.ToContainTextAsync("(A)");
    }

    [Fact]
    public async Task MoveUnit_UnderAnotherFoundBySearch_ThenCloseTheParent_RefusedForItsChild_ThenTheChildCloses()
    {
        var page = await stack.SignInAsync("quantri", "en");
        await page.Locator("#language-switch").ClickAsync();
        var parentName = Unique("Sở Thử nghiệm");
        var parentId = await CreateTopLevelUnitAsync(page, parentName, kind: "Department");
        var childName = Unique("Phòng Thử nghiệm");
        var childId = await CreateTopLevelUnitAsync(page, childName, kind: "Division");

        await page.Locator("#move-unit").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Move the unit");
        await page.Locator("#f-q").FillAsync(parentName.Replace("Sở Thử nghiệm", "so thu nghiem"));
        await page.Locator("#find-parent").ClickAsync();
        await page.GetByLabel(parentName, new() { Exact = false }).CheckAsync();
        await page.Locator("#f-effective_date").FillAsync("01/06/2021");
        await page.Locator("#f-reason").FillAsync("Decision 8/QĐ-UBND (test)");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("move-unit-en.png"), FullPage = true });
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator(".breadcrumbs")).ToContainTextAsync(parentName);
        Assert.Contains("asOf=2021-06-01", page.Url);

        await page.GotoAsync($"/units/{parentId}/close?asOf=2021-06-01");
        await page.Locator("#f-effective_date").FillAsync("01/01/2022");
        await page.Locator("#f-reason").FillAsync("Decision 9/QĐ-UBND (test)");
        var refused = await SubmitAsync(page);
        Assert.Equal(409, refused.Status);
        await Assertions.Expect(page.Locator("#error-summary code.rule")).ToHaveTextAsync("hierarchy.open-children");
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("Move or close the child first"); // the English page: the server's English
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/units/{childId}/close?asOf=2021-06-01");
        await page.Locator("#f-effective_date").FillAsync("01/01/2022");
        await page.Locator("#f-reason").FillAsync("Decision 10/QĐ-UBND (test)");
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToHaveTextAsync("The unit was closed.");
        Assert.Contains("asOf=2021-12-31", page.Url);
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("01/01/2022");
    }

    [Fact]
    public async Task UnitAdministrator_RenamingAUnitOutsideTheirSubtree_IsRefusedWithTheMissingRight_NothingStored()
    {
        var page = await stack.SignInAsync("canbo.luongson");
        await page.GotoAsync("/hierarchy/search?q=000.01.06.H30&asOf=2017-07-11");
        await page.Locator("#results a").First.ClickAsync();
        var name = await page.Locator("#unit-name").TextContentAsync();
        var unitUrl = page.Url;
        // The unit page does not offer the change; the rename page reached by its address is still refused by the server.
        await Assertions.Expect(page.Locator("#rename-unit")).ToHaveCountAsync(0);
        var uri = new Uri(unitUrl);
        await page.GotoAsync(uri.AbsolutePath + "/rename" + uri.Query);
        await page.Locator("#f-name").FillAsync(name + " (đổi ngoài phạm vi)");
        await page.Locator("#f-effective_date").FillAsync("01/08/2017");
        await page.Locator("#f-reason").FillAsync("Thử ngoài phạm vi");
        var response = await SubmitAsync(page);
        Assert.Equal(403, response.Status);
        await Assertions.Expect(page.Locator("#missing-right")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GotoAsync(unitUrl.Replace("2017-07-11", "2017-08-02"));
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync(name!);
    }
}
