using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Chancery.Portal.Tests.Infrastructure;

/// <summary>Steps the change tests share, each done through the portal's own pages as a person would.</summary>
public static partial class ChangeSteps
{
    /// <summary>A new top-level unit (nothing else depends on it), created on the create page; the page is left on the unit.</summary>
    public static async Task<string> CreateTopLevelUnitAsync(IPage page, string name, string validFrom = "01/01/2020", string kind = "Other")
    {
        await page.GotoAsync("/units/create");
        await page.Locator("#f-name").FillAsync(name);
        await page.Locator("#f-kind").SelectOptionAsync(kind);
        await page.Locator("#f-valid_from").FillAsync(validFrom);
        await page.Locator("#f-reason").FillAsync("Quyết định thử nghiệm (kiểm thử)");
        await page.Locator("#save").ClickAsync();
        await Assertions.Expect(page.Locator("#unit-name")).ToHaveTextAsync(name);
        return UnitId().Match(page.Url).Groups[1].Value;
    }

    /// <summary>The response of the form's POST (its status is what the page answered).</summary>
    public static Task<IResponse> SubmitAsync(IPage page, string button = "#save") =>
        page.RunAndWaitForResponseAsync(() => page.Locator(button).ClickAsync(), r => r.Request.Method == "POST");

    public static string Unique(string name) => name + " " + Guid.NewGuid().ToString("N")[..6];

    [GeneratedRegex("/units/([0-9a-fA-F-]{36})")]
    private static partial Regex UnitId();
}
