using System.Text;
using Chancery.Portal.Tests.Infrastructure;
using Microsoft.Playwright;
using static Chancery.Portal.Tests.Infrastructure.ChangeSteps;

namespace Chancery.Portal.Tests.Changes;

[Collection(PortalCollection.Name)]
public sealed class PlanTests(PortalStack stack)
{
    [Fact]
    public async Task Plan_MergeAndRename_DryRunShowsTheChangesBeforeApply_ThenApplied()
    {
        var page = await stack.SignInAsync("quantri");
        var (a, b, c) = (Unique("Xã Thử A"), Unique("Xã Thử B"), Unique("Thị trấn Thử C"));
        var idA = await CreateTopLevelUnitAsync(page, a, kind: "Commune");
        var idB = await CreateTopLevelUnitAsync(page, b, kind: "Commune");
        var idC = await CreateTopLevelUnitAsync(page, c, kind: "Township");
        var merged = Unique("Xã Hợp nhất");
        var renamed = c.Replace("Thị trấn", "Xã");

        await page.Locator("#new-plan").ClickAsync();
        await page.Locator("#f-merge_sources").FillAsync($"{idA}, {idB}");
        await page.Locator("#f-merge_name").FillAsync(merged);
        await page.Locator("#f-merge_kind").SelectOptionAsync("Commune");
        await page.Locator("#add-merge").ClickAsync();
        await page.Locator("summary", new() { HasText = "Thêm thao tác đổi tên" }).ClickAsync();
        await page.Locator("#f-rename_unit").FillAsync(idC);
        await page.Locator("#f-rename_name").FillAsync(renamed);
        await page.Locator("#f-rename_kind").SelectOptionAsync("Commune");
        await page.Locator("#add-rename").ClickAsync();
        await Assertions.Expect(page.Locator("#operations > li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#op-0")).ToContainTextAsync(merged);
        await Assertions.Expect(page.Locator("#op-0")).ToContainTextAsync(a); // the units named, not only their ids
        await Assertions.Expect(page.Locator("#op-1")).ToContainTextAsync(c);

        // Without an effective date the server says what is missing, beside the field.
        var refused = await SubmitAsync(page, "#dry-run");
        Assert.Equal(400, refused.Status);
        await Assertions.Expect(page.Locator("#f-effective_date-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#error-summary a[href='#f-effective_date']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#operations > li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#apply")).ToHaveCountAsync(0);

        await page.Locator("#f-effective_date").FillAsync("01/07/2022");
        await page.Locator("#f-basis").FillAsync("50/NQ-UBTVQH15 (thử)");
        await page.Locator("#f-basis_date").FillAsync("01/06/2022");
        await page.Locator("#dry-run").ClickAsync();
        var result = page.Locator("#plan-result");
        await Assertions.Expect(result.Locator("h2")).ToHaveTextAsync("Kết quả chạy thử (chưa lưu gì)");
        await Assertions.Expect(result).Not.ToContainTextAsync("Lỗi theo thao tác");
        await Assertions.Expect(page.Locator("#problem-count")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("#plan-changes")).ToContainTextAsync(merged);
        await Assertions.Expect(page.Locator("#plan-changes tr", new() { HasText = renamed })).ToContainTextAsync(c);
        await Assertions.Expect(page.Locator("#plan-counts")).ToContainTextAsync("2"); // two units closed by the merge
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("plan-dry-run-vi.png"), FullPage = true });

        // The dry run stored nothing.
        var check = await page.Context.NewPageAsync();
        await check.GotoAsync($"/units/{idC}?asOf=2022-07-01");
        await Assertions.Expect(check.Locator("#unit-name")).ToHaveTextAsync(c);

        await page.Locator("#apply").ClickAsync();
        await Assertions.Expect(result.Locator("h2")).ToHaveTextAsync("Đã thực hiện phương án.");
        await check.GotoAsync($"/units/{idC}?asOf=2022-07-01");
        await Assertions.Expect(check.Locator("#unit-name")).ToHaveTextAsync(renamed);
        await check.GotoAsync($"/units/{idA}?asOf=2022-06-30");
        await Assertions.Expect(check.Locator("#lineage + table")).ToContainTextAsync(merged);
    }

    [Fact]
    public async Task Plan_SplitAUnit_CarryingItsPositions_TheFirstPartHoldsThem()
    {
        var page = await stack.SignInAsync("quantri");
        var source = Unique("Trung tâm Chia tách");
        var sourceId = await CreateTopLevelUnitAsync(page, source, kind: "PublicServiceUnit");
        await page.Locator("#create-position").ClickAsync();
        await page.Locator("#f-title").FillAsync("Giám đốc");
        await page.Locator("#f-role").SelectOptionAsync("Head");
        await page.Locator("#f-valid_from").FillAsync("01/01/2020");
        await page.Locator("#f-reason").FillAsync("Quyết định thành lập (thử)");
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#positions + table")).ToContainTextAsync("Giám đốc");

        var (first, second) = (Unique("Trung tâm Thứ nhất"), Unique("Trung tâm Thứ hai"));
        await page.Locator("#new-plan").ClickAsync();
        await page.Locator("#f-effective_date").FillAsync("01/07/2023");
        await page.Locator("#f-basis").FillAsync("12/QĐ-UBND (thử chia tách)");
        await page.Locator("#f-basis_date").FillAsync("01/06/2023");
        await page.Locator("summary", new() { HasText = "Thêm thao tác chia tách" }).ClickAsync();
        await Assertions.Expect(page.Locator("#f-split_unit")).ToHaveValueAsync(sourceId);
        await page.Locator("#f-split_parts").FillAsync($"{first}\n{second}");
        await page.Locator("#f-split_kind").SelectOptionAsync("PublicServiceUnit");
        await page.Locator("#f-split_carry").CheckAsync();
        await page.Locator("#add-split").ClickAsync();

        // The split and, after it, its positions carried to the first part: two operations.
        await Assertions.Expect(page.Locator("#operations > li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#op-0")).ToContainTextAsync(source);
        await Assertions.Expect(page.Locator("#op-0")).ToContainTextAsync(second);
        await Assertions.Expect(page.Locator("#op-1")).ToContainTextAsync("chuyển 1 chức danh sang ref:new-1-1");
        await page.AssertAccessibleAsync();

        await page.Locator("#dry-run").ClickAsync();
        await Assertions.Expect(page.Locator("#problem-count")).ToHaveTextAsync("0");
        await Assertions.Expect(page.Locator("#plan-changes")).ToContainTextAsync(first);
        await page.Locator("#apply").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-result h2")).ToHaveTextAsync("Đã thực hiện phương án.");

        await page.GotoAsync($"/units/{sourceId}?asOf=2023-06-30");
        await page.Locator("#lineage-after").GetByRole(AriaRole.Link, new() { Name = first }).ClickAsync();
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync(first);
        await Assertions.Expect(page.Locator("#positions + table")).ToContainTextAsync("Giám đốc");
        await page.GotoAsync($"/units/{sourceId}?asOf=2023-06-30");
        await page.Locator("#lineage-after").GetByRole(AriaRole.Link, new() { Name = second }).ClickAsync();
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync(second);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Giám đốc");
    }

    [Fact]
    public async Task Plan_AnOperationBreakingARule_TheDryRunShowsItByOperation_NoApply()
    {
        var page = await stack.SignInAsync("quantri");
        await page.Locator("#language-switch").ClickAsync();
        var parent = Unique("Sở Có con");
        var parentId = await CreateTopLevelUnitAsync(page, parent, kind: "Department");
        await page.Locator("#create-child").ClickAsync();
        await page.Locator("#f-name").FillAsync(Unique("Phòng Con"));
        await page.Locator("#f-kind").SelectOptionAsync("Division");
        await page.Locator("#f-valid_from").FillAsync("01/01/2020");
        await page.Locator("#f-reason").FillAsync("test");
        await page.Locator("#save").ClickAsync();

        await page.GotoAsync($"/plans/new?unit={parentId}");
        await page.Locator("summary", new() { HasText = "Add a dissolution" }).ClickAsync();
        await Assertions.Expect(page.Locator("#f-dissolve_unit")).ToHaveValueAsync(parentId);
        await page.Locator("#add-dissolve").ClickAsync();
        await page.Locator("#f-effective_date").FillAsync("01/07/2022");
        await page.Locator("#f-basis").FillAsync("51/NQ (test)");
        await page.Locator("#dry-run").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-problems")).ToContainTextAsync("Operation 1");
        await Assertions.Expect(page.Locator("#op-0 .error-message")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#apply")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("plan-problem-en.png"), FullPage = true });
    }

    [Fact]
    public async Task UploadAPlanFile_BadLineShownByLine_ThenAGoodFileDryRunAndApplied()
    {
        var page = await stack.SignInAsync("quantri");
        await page.GotoAsync("/plans/upload");
        var id = Guid.NewGuid();
        var name = Unique("Trung tâm Tệp");
        string Line(string kind) => $"{{\"id\":\"{id}\",\"parent_id\":\"\",\"name\":\"{name}\",\"short_name\":\"\",\"kind\":\"{kind}\",\"code\":\"\",\"valid_from\":\"2023-01-01\",\"valid_to\":\"\"}}\n";

        await page.Locator("#f-file").SetInputFilesAsync(new FilePayload { Name = "plan.jsonl", MimeType = "application/x-ndjson", Buffer = Encoding.UTF8.GetBytes(Line("không-phải-loại")) });
        await page.Locator("#f-effective_date").FillAsync("01/01/2023");
        await page.Locator("#f-basis").FillAsync("60/QĐ-UBND (thử)");
        var refused = await SubmitAsync(page, "#dry-run");
        Assert.Equal(409, refused.Status);
        await Assertions.Expect(page.Locator("#file-problems tbody tr")).ToContainTextAsync("kind");
        await Assertions.Expect(page.Locator("#apply")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        await page.Locator("#f-file").SetInputFilesAsync(new FilePayload { Name = "plan.jsonl", MimeType = "application/x-ndjson", Buffer = Encoding.UTF8.GetBytes(Line("public_service_unit")) });
        await page.Locator("#dry-run").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-changes")).ToContainTextAsync(name);
        await Assertions.Expect(page.Locator("#f-file-hint")).ToContainTextAsync("plan.jsonl");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(new() { Path = PortalStack.Artifact("plan-upload-vi.png"), FullPage = true });
        var check = await page.Context.NewPageAsync();
        await check.GotoAsync($"/units/{id}?asOf=2023-01-01");
        await Assertions.Expect(check.Locator("h1")).ToHaveTextAsync("Không tìm thấy");
        await page.Locator("#apply").ClickAsync();
        await Assertions.Expect(page.Locator("#plan-result h2")).ToHaveTextAsync("Đã thực hiện phương án.");
        await page.GotoAsync($"/units/{id}?asOf=2023-01-01");
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync(name);
    }
}
