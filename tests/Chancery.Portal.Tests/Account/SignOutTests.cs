using System.Text.RegularExpressions;
using Chancery.Portal.Tests.Infrastructure;
using Chancery.V1;
using V1 = Chancery.V1;
using Grpc.Core;
using Grpc.Net.Client;
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

    [Fact]
    public async Task SignOut_TheTokenNoLongerWorks()
    {
        var page = await stack.SignInAsync("xem");
        var token = (await (await page.APIRequest.GetAsync("/account/token")).TextAsync()).Trim();
        using var channel = GrpcChannel.ForAddress(stack.ServerGrpcAddress);
        var units = new V1.Units.UnitsClient(channel);
        var headers = new Metadata { { "Authorization", $"Bearer {token}" } };
        var before = await units.ListChildrenAsync(new ListChildrenRequest { PageSize = 5 }, headers);
        Assert.NotEmpty(before.Units);

        await page.Locator("#sign-out").ClickAsync();
        await page.WaitForURLAsync(new Regex("/account/signed-out"));

        var refused = await Assert.ThrowsAsync<RpcException>(() => units.ListChildrenAsync(new ListChildrenRequest { PageSize = 5 }, headers).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Contains("sign-out", refused.Status.Detail);
    }
}
