using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chancery.Core.Access;
using Chancery.Core.Errors;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>
/// Gets real tokens from the server's authorization server: the client-credentials grant for
/// machines, and the whole authorization-code flow with PKCE (sign-in page, antiforgery, cookie,
/// redirect, code exchange) for people.
/// </summary>
public sealed partial class TokenClient(ChanceryHost host)
{
    public const string PortalClientId = "test-portal";
    public static readonly Uri PortalRedirect = new("http://localhost/signin-callback");

    /// <summary>Registers a machine client (or rotates its secret if it exists) with a role; returns its secret.</summary>
    public async Task<string> RegisterClientAsync(string clientId, IEnumerable<string> scopes, Role? role = null, Guid? unitId = null)
    {
        var clients = host.Services.GetRequiredService<ClientCommands>();
        string secret;
        try
        {
            secret = (await clients.RegisterAsync(new RegisterClientCommand(clientId, clientId, scopes.ToList(), [], [], false), ChanceryHost.System, default)).Secret!;
        }
        catch (AlreadyExistsException)
        {
            return (await clients.RotateSecretAsync(new RotateClientSecretCommand(clientId), ChanceryHost.System, default)).Secret!;
        }

        if (role is { } r)
        {
            await host.Services.GetRequiredService<GrantCommands>().GrantAsync(new GrantRoleCommand(PrincipalKind.Client, clientId, r, unitId), ChanceryHost.System, default);
        }

        return secret;
    }

    /// <summary>Creates a person with a role (none when null); returns the user's id and password.</summary>
    public async Task<(Guid Id, string Password, Guid? GrantId)> CreateUserAsync(string userName, Role? role = null, Guid? unitId = null)
    {
        var created = await host.Services.GetRequiredService<UserCommands>().CreateAsync(new CreateUserCommand(userName, userName, null), ChanceryHost.System, default);
        Guid? grantId = null;
        if (role is { } r)
        {
            grantId = (await host.Services.GetRequiredService<GrantCommands>().GrantAsync(
                new GrantRoleCommand(PrincipalKind.User, created.User.Id.ToString(), r, unitId), ChanceryHost.System, default)).Id;
        }

        return (created.User.Id, created.Password!, grantId);
    }

    /// <summary>A new machine client with every scope and the role (a unit administrator's over the unit), and its token.</summary>
    public async Task<string> TokenForRoleAsync(Role role, Guid? unitId = null, string prefix = "role")
    {
        var clientId = $"{prefix}-{role}-{Guid.NewGuid():N}"[..40];
        var secret = await RegisterClientAsync(clientId, Scopes.All, role, unitId);
        return await ClientCredentialsAsync(clientId, secret, Scopes.All);
    }

    public async Task<string> ClientCredentialsAsync(string clientId, string secret, IEnumerable<string> scopes)
    {
        using var http = host.CreateClient();
        var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = string.Join(' ', scopes),
        }));
        return await ReadToken(response, "access_token");
    }

    /// <summary>The person signs in on the server's page; the portal exchanges the code with its PKCE verifier.</summary>
    public async Task<TokenSet> SignInAsync(string userName, string password, IEnumerable<string> scopes)
    {
        await EnsurePortalAsync();
        using var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var authorize = "/connect/authorize?" + string.Join('&', new Dictionary<string, string>
        {
            ["client_id"] = PortalClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = PortalRedirect.ToString(),
            ["scope"] = string.Join(' ', scopes.Append("openid").Append("offline_access")),
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
            ["state"] = "s" + Guid.NewGuid().ToString("N"),
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

        var toLogin = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        var loginPage = await browser.GetAsync(toLogin.Headers.Location);
        var html = await loginPage.Content.ReadAsStringAsync();
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Field(html, "__RequestVerificationToken"),
            ["ReturnUrl"] = WebUtility.HtmlDecode(Field(html, "ReturnUrl")),
            ["Lang"] = "vi",
            ["UserName"] = userName,
            ["Password"] = password,
        };
        var signedIn = await browser.PostAsync("/account/login", new FormUrlEncodedContent(form));
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
        {
            throw new SignInFailedException(signedIn.StatusCode, await signedIn.Content.ReadAsStringAsync());
        }

        var toCallback = await browser.GetAsync(signedIn.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, toCallback.StatusCode);
        var callback = toCallback.Headers.Location!;
        Assert.StartsWith(PortalRedirect.ToString(), callback.ToString());
        var code = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(callback.Query)["code"].ToString();

        var exchange = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = PortalClientId,
            ["code"] = code,
            ["redirect_uri"] = PortalRedirect.ToString(),
            ["code_verifier"] = verifier,
        }));
        var json = await ReadJson(exchange);
        return new TokenSet(json.GetProperty("access_token").GetString()!, json.GetProperty("refresh_token").GetString()!,
            json.TryGetProperty("id_token", out var idToken) ? idToken.GetString()! : "");
    }

    public async Task<TokenSet> RefreshAsync(string refreshToken)
    {
        using var http = host.CreateClient();
        var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = PortalClientId,
            ["refresh_token"] = refreshToken,
        }));
        var json = await ReadJson(response);
        return new TokenSet(json.GetProperty("access_token").GetString()!, json.GetProperty("refresh_token").GetString()!);
    }

    private async Task EnsurePortalAsync()
    {
        try
        {
            await host.Services.GetRequiredService<ClientCommands>().RegisterAsync(new RegisterClientCommand(
                PortalClientId, "Test portal", Scopes.All.ToList(), [PortalRedirect.ToString()], [], Public: true), ChanceryHost.System, default);
        }
        catch (AlreadyExistsException)
        {
        }
    }

    private static async Task<string> ReadToken(HttpResponseMessage response, string name) =>
        (await ReadJson(response)).GetProperty(name).GetString()!;

    private static async Task<JsonElement> ReadJson(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string Field(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"");
        Assert.True(match.Success, $"No field {name} on the page.");
        return match.Groups[1].Value;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <param name="IdToken">The identity token of a sign-in (the portal's id_token_hint at sign-out); empty after a refresh.</param>
public sealed record TokenSet(string AccessToken, string RefreshToken, string IdToken = "");

public sealed class SignInFailedException(HttpStatusCode status, string page) : Exception($"Sign-in refused ({(int)status})")
{
    public HttpStatusCode Status { get; } = status;

    public string Page { get; } = page;
}
