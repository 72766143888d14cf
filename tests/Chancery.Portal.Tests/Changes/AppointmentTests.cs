using Chancery.Portal.Tests.Infrastructure;
using Microsoft.Playwright;
using static Chancery.Portal.Tests.Infrastructure.ChangeSteps;

namespace Chancery.Portal.Tests.Changes;

[Collection(PortalCollection.Name)]
public sealed class AppointmentTests(PortalStack stack)
{
    [Fact]
    public async Task AppointAnOfficial_ActingOnADecision_IsShownAsTheHolder_ThenTheAppointmentEnds()
    {
        var page = await stack.SignInAsync("quantri");
        var unitName = Unique("Trung tâm Thử nghiệm");
        var unitId = await CreateTopLevelUnitAsync(page, unitName, kind: "PublicServiceUnit");

        await page.Locator("#create-position").ClickAsync();
        await page.Locator("#f-title").FillAsync("Giám đốc");
        await page.Locator("#f-role").SelectOptionAsync("Head");
        await page.Locator("#f-valid_from").FillAsync("01/01/2020");
        await page.Locator("#f-reason").FillAsync("Quyết định thành lập (thử)");
        await page.AssertAccessibleAsync();
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToHaveTextAsync("Đã thêm chức danh.");
        await Assertions.Expect(page.Locator("#positions + table")).ToContainTextAsync("Giám đốc");

        await page.Locator("#create-official").ClickAsync();
        var official = Unique("Nguyễn Thị Thử");
        await page.Locator("#f-full_name").FillAsync(official);
        await page.Locator("#f-rank_code").SelectOptionAsync("01.002");
        await page.Locator("#f-reason").FillAsync("Hồ sơ cán bộ (thử)");
        await page.AssertAccessibleAsync();
        await page.Locator("#save").ClickAsync();

        // On to appointing the new official in the unit, the official already chosen.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bổ nhiệm");
        await Assertions.Expect(page.GetByLabel(official, new() { Exact = false })).ToBeCheckedAsync();
        await page.Locator("#f-position_id").SelectOptionAsync(new SelectOptionValue { Label = "Giám đốc — Người đứng đầu (Khuyết)" });
        await page.GetByLabel("Quyền", new() { Exact = true }).CheckAsync();
        await page.Locator("#f-valid_from").FillAsync("01/02/2020");
        await page.Locator("#f-basis_date").FillAsync("20/01/2020");
        // No decision number: the server refuses, nothing is stored.
        var refused = await SubmitAsync(page);
        Assert.Equal(400, refused.Status);
        await Assertions.Expect(page.Locator("#f-basis-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#error-summary a[href='#f-basis']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#f-basis_date")).ToHaveValueAsync("20/01/2020");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("appoint-error-vi.png"), FullPage = true });

        await page.Locator("#f-basis").FillAsync("5/QĐ-UBND (thử)");
        await page.Locator("#f-basis_issuer").FillAsync("Ủy ban nhân dân tỉnh (thử)");
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToHaveTextAsync("Đã bổ nhiệm.");
        Assert.Contains($"/units/{unitId}?asOf=2020-02-01", page.Url);
        var holders = page.Locator("#positions + table");
        await Assertions.Expect(holders).ToContainTextAsync(official);
        await Assertions.Expect(holders).ToContainTextAsync("Q. Giám đốc");
        await Assertions.Expect(holders).ToContainTextAsync("01/02/2020");

        await page.Locator("#end-appointment").ClickAsync();
        await page.GetByLabel(official, new() { Exact = false }).CheckAsync();
        await page.Locator("#f-effective_date").FillAsync("01/01/2021");
        await page.Locator("#f-reason").FillAsync("Quyết định thôi giữ chức vụ (thử)");
        await page.AssertAccessibleAsync();
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#done")).ToContainTextAsync(official);
        await Assertions.Expect(page.Locator("#done")).ToContainTextAsync("31/12/2020");
        await Assertions.Expect(page.Locator("#ended-delegations + p")).ToHaveTextAsync("Không có phân công, ủy quyền nào chấm dứt.");
        await page.GotoAsync($"/units/{unitId}?asOf=2021-01-01");
        await Assertions.Expect(page.Locator("#positions + table")).Not.ToContainTextAsync(official);
    }

    [Fact]
    public async Task EndAppointment_OfADeputy_ListsTheDelegationsThatEndWithIt()
    {
        var page = await stack.SignInAsync("quantri");
        await page.GotoAsync("/hierarchy/search?q=000.01.05.H30&asOf=2017-07-11");
        await page.Locator("#results a").First.ClickAsync();
        await page.Locator("#end-appointment").ClickAsync();
        // A date far from the others tests' (2017, 2021): her assignments end with her appointment.
        await page.GetByLabel("Bùi Thị Thu Hà", new() { Exact = false }).CheckAsync();
        await page.Locator("#f-effective_date").FillAsync("01/01/2024");
        await page.Locator("#f-reason").FillAsync("Nghỉ hưu (thử)");
        await page.Locator("#save").ClickAsync();
        var ended = page.Locator("table.ended-delegations");
        await Assertions.Expect(ended.Locator("tbody tr", new() { HasText = "Bùi Thị Thu Hà" })).Not.ToHaveCountAsync(0);
        await Assertions.Expect(ended).ToContainTextAsync("01/01/2024");
        await Assertions.Expect(ended).ToContainTextAsync("Phân công (KT.)");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("end-appointment-vi.png"), FullPage = true });
    }
}
