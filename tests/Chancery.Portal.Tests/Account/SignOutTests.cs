using System.Text.RegularExpressions;
using Chancery.Portal.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Chancery.Portal.Tests.Account;

[Collection(PortalCollection.Name)]
public sealed class SignOutTests(PortalStack stack)
{
    [Fact]
    public async Task SignOut_EndsTheSession_PagesAskToSignInAgain()
    {
        var page = await stack.SignInAsync("xem");
        await Assertions.Expect(page.Locator("#signed-in-user")).ToBeVisibleAsync();
        await page.Locator("#sign-out").ClickAsync();
        await page.WaitForURLAsync(new Regex("/account/signed-out"));
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/hierarchy");
        await Assertions.Expect(page.Locator("#password")).ToBeVisibleAsync();
        Assert.StartsWith(stack.ServerHttpAddress, page.Url);
    }
}
