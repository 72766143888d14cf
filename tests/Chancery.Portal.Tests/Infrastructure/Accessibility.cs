using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Chancery.Portal.Tests.Infrastructure;

/// <summary>axe-core on the page as it is: no serious or critical violation.</summary>
public static class Accessibility
{
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe();
        var grave = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(grave.Count == 0, $"{page.Url}: " + string.Join("\n", grave.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(' ', n.Target)))}")));
    }
}
