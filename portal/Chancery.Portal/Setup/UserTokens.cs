using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Chancery.Portal.Setup;

/// <summary>
/// The signed-in person's access token, from the cookie session; refreshed with the refresh token
/// shortly before it expires, and the session cookie rewritten with the new tokens. A refresh the
/// server refuses ends the session (the next page asks to sign in again).
/// </summary>
public sealed partial class UserTokens(
    IHttpContextAccessor accessor, IHttpClientFactory http, IOptionsMonitor<OpenIdConnectOptions> oidc, IOptions<PortalOptions> portal,
    TimeProvider time, ILogger<UserTokens> logger)
{
    public const string HttpClientName = "chancery-token";
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);
    private string? refreshed;

    public async Task<string?> AccessTokenAsync(CancellationToken ct)
    {
        if (refreshed is not null)
        {
            return refreshed;
        }

        var context = accessor.HttpContext;
        if (context is null)
        {
            return null;
        }

        var result = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Properties is not { } properties)
        {
            return null;
        }

        var token = properties.GetTokenValue("access_token");
        var expiresAt = properties.GetTokenValue("expires_at");
        if (token is null || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires)
            || expires - Margin > time.GetUtcNow())
        {
            return token;
        }

        return refreshed = await RefreshAsync(context, result.Principal!, properties, ct) ?? token;
    }

    private async Task<string?> RefreshAsync(HttpContext context, System.Security.Claims.ClaimsPrincipal principal, AuthenticationProperties properties, CancellationToken ct)
    {
        if (properties.GetTokenValue("refresh_token") is not { } refreshToken)
        {
            return null;
        }

        var options = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(ct);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = portal.Value.ClientId,
        };
        if (!string.IsNullOrEmpty(portal.Value.ClientSecret))
        {
            form["client_secret"] = portal.Value.ClientSecret;
        }

        using var response = await http.CreateClient(HttpClientName).PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(form), ct);
        if (!response.IsSuccessStatusCode)
        {
            LogRefreshRefused(logger, (int)response.StatusCode);
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return null;
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var root = body.RootElement;
        var access = root.GetProperty("access_token").GetString()!;
        var lifetime = root.TryGetProperty("expires_in", out var e) ? e.GetInt32() : 300;
        properties.UpdateTokenValue("access_token", access);
        properties.UpdateTokenValue("expires_at", time.GetUtcNow().AddSeconds(lifetime).ToString("o", CultureInfo.InvariantCulture));
        if (root.TryGetProperty("refresh_token", out var newRefresh) && newRefresh.GetString() is { } r)
        {
            properties.UpdateTokenValue("refresh_token", r);
        }

        if (!context.Response.HasStarted)
        {
            await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, properties);
        }

        return access;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The server refused to refresh the access token ({Status}); the session ends")]
    private static partial void LogRefreshRefused(ILogger logger, int status);
}
