using Chancery.Portal.Tests.Infrastructure;
using Microsoft.Playwright;
using static Chancery.Portal.Tests.Infrastructure.ChangeSteps;

namespace Chancery.Portal.Tests.Changes;

[Collection(PortalCollection.Name)]
public sealed class DelegationTests(PortalStack stack)
{
    private static async Task<string> OpenLuongSonCommitteeAsync(IPage page, string asOf)
    {
        await page.GotoAsync($"/hierarchy/search?q=000.01.05.H30&asOf={asOf}");
        await page.Locator("#results a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync("Ủy ban nhân dân huyện Lương Sơn");
        return new Uri(page.Url).AbsolutePath.Split('/')[2];
    }

    private static async Task FillAssignmentAsync(IPage page, string field, string from, string? to = null)
    {
        await Assertions.Expect(page.Locator("#f-delegator_official_id option:checked")).ToContainTextAsync("Nguyễn Vũ Chi");
        await page.Locator("#f-delegate_official_id").SelectOptionAsync(new SelectOptionValue { Label = "Bùi Thị Thu Hà — Phó Chủ tịch" });
        await page.Locator($"input[name=field_codes][value={field}]").CheckAsync();
        await page.Locator("#f-valid_from").FillAsync(from);
        if (to is not null)
        {
            await page.Locator("#f-valid_to").FillAsync(to);
        }

        await page.Locator("#f-basis").FillAsync("96/QĐ-UBND (thử)");
        await page.Locator("#f-basis_date").FillAsync(from);
    }

    [Fact]
    public async Task AssignAFieldToADeputy_HeldByTheOtherDeputy_ShowsTheConflictWarning_SavingIsRefused_NothingStored()
    {
        var page = await stack.SignInAsync("quantri");
        var unitId = await OpenLuongSonCommitteeAsync(page, "2017-07-11");
        await page.Locator("#assign").ClickAsync();
        // Until 2018: the committee's appointments end with the district level in 2025.
        await FillAssignmentAsync(page, "tai-chinh", "01/08/2017", "01/08/2018");
        await page.Locator("#check").ClickAsync();
        var warning = page.Locator("#conflicts.warning-box");
        await Assertions.Expect(warning).ToContainTextAsync("Cảnh báo trùng lặp");
        await Assertions.Expect(warning.Locator("li.taken")).ToContainTextAsync("Tài chính, ngân sách");
        await Assertions.Expect(warning.Locator("li.taken")).ToContainTextAsync("Đinh Công Sứ");
        // The check kept what was typed, and stored nothing.
        await Assertions.Expect(page.Locator("#f-valid_from")).ToHaveValueAsync("01/08/2017");
        await Assertions.Expect(page.Locator("input[name=field_codes][value=tai-chinh]")).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("assign-conflict-vi.png"), FullPage = true });

        var refused = await SubmitAsync(page);
        Assert.Equal(409, refused.Status);
        await Assertions.Expect(page.Locator("#error-summary code.rule")).ToHaveTextAsync("delegations.field-overlap");
        // The server's message in the page's language (its catalogue keyed by the rule type), the type unchanged.
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("Hai cấp phó cùng phụ trách một lĩnh vực trong cùng thời gian");
        await Assertions.Expect(page.Locator("#error-summary")).Not.ToContainTextAsync("Two deputies would hold");
        await Assertions.Expect(page.Locator("#conflicts li.taken")).ToContainTextAsync("Đinh Công Sứ");
        await page.AssertAccessibleAsync();

        await page.GotoAsync($"/units/{unitId}/delegations?asOf=2017-08-02");
        await Assertions.Expect(page.Locator("#delegations tbody tr", new() { HasText = "Bùi Thị Thu Hà" })).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#delegations tbody tr", new() { HasText = "Bùi Thị Thu Hà" }).Filter(new() { HasText = "Tài chính" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AssignAnOverlapOnPurpose_WithAReason_IsSaved_ThenRevoked()
    {
        var page = await stack.SignInAsync("quantri");
        await page.Locator("#language-switch").ClickAsync();
        var unitId = await OpenLuongSonCommitteeAsync(page, "2021-05-01");
        await page.Locator("#assign").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Assign fields to a deputy (KT.)");
        await FillAssignmentAsync(page, "xay-dung", "01/06/2021", "01/12/2021");
        await page.Locator("#check").ClickAsync();
        await Assertions.Expect(page.Locator("#conflicts li.taken")).ToContainTextAsync("Đinh Công Sứ");
        await page.Locator("#f-overlap_on_purpose").CheckAsync();
        await page.Locator("#f-reason").FillAsync("Cùng chỉ đạo chương trình xây dựng nông thôn mới (thử)");
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("assign-on-purpose-en.png"), FullPage = true });
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToHaveTextAsync("Saved.");
        Assert.Contains("asOf=2021-06-01", page.Url);

        await page.GotoAsync($"/units/{unitId}/delegations?asOf=2021-07-01");
        var row = page.Locator("#delegations tbody tr", new() { HasText = "Xây dựng" }).Filter(new() { HasText = "Bùi Thị Thu Hà" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync("01/12/2021");
        await page.AssertAccessibleAsync();
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await page.Locator("#f-effective_date").FillAsync("01/09/2021");
        await page.Locator("#f-reason").FillAsync("Decision 97/QĐ-UBND (test)");
        await page.AssertAccessibleAsync();
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToHaveTextAsync("The delegation was revoked.");
        await page.GotoAsync($"/units/{unitId}/delegations?asOf=2021-09-01");
        await Assertions.Expect(page.Locator("#delegations tbody tr", new() { HasText = "Xây dựng" }).Filter(new() { HasText = "Bùi Thị Thu Hà" })).ToHaveCountAsync(0);
    }
}
