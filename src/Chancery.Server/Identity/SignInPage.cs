using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Server.Identity;

/// <summary>The server's own sign-in page for people (Vietnamese by default, English with ?lang=en).</summary>
public static class SignInPage
{
    public const string FailedVi = "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa do nhập sai quá nhiều lần.";
    public const string FailedEn = "The user name or the password is wrong, or the account is locked for a while after too many failed attempts.";

    public static void MapSignInPage(this WebApplication app)
    {
        app.MapGet("/account/login", (HttpContext http, IAntiforgery antiforgery, ILogger<SignInService> logger, [FromQuery(Name = "ReturnUrl")] string? returnUrl, [FromQuery] string? lang) =>
            Page(http, antiforgery, ReturnUrls.SafeOrHome(returnUrl, logger), English(http, lang), null));

        app.MapPost("/account/login", async (HttpContext http, IAntiforgery antiforgery, SignInService signIn, ILogger<SignInService> logger, [FromForm] SignInForm form, CancellationToken ct) =>
        {
            var english = English(http, form.Lang);
            var returnUrl = ReturnUrls.SafeOrHome(form.ReturnUrl, logger);
            var result = await signIn.CheckAsync(form.UserName, form.Password, ct);
            if (result.User is not { } user)
            {
                // One answer for every failure: saying "locked" only for existing accounts would
                // tell which user names exist.
                return Page(http, antiforgery, returnUrl, english, english ? FailedEn : FailedVi);
            }

            var identity = new ClaimsIdentity(IdentitySetup.SignInScheme);
            identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
            identity.AddClaim(new Claim(ClaimTypes.Name, user.UserName));
            await http.SignInAsync(IdentitySetup.SignInScheme, new ClaimsPrincipal(identity));
            return Results.LocalRedirect(returnUrl);
        });
    }

    public sealed class SignInForm
    {
        public string? UserName { get; set; }

        public string? Password { get; set; }

        public string? ReturnUrl { get; set; }

        public string? Lang { get; set; }
    }

    private static bool English(HttpContext http, string? lang) =>
        lang == "en" || (lang is null && http.Request.Headers.AcceptLanguage.ToString().StartsWith("en", StringComparison.OrdinalIgnoreCase));

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string? returnUrl, bool english, string? error)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        string E(string s) => WebUtility.HtmlEncode(s);
        var (title, user, password, submit) = english
            ? ("Sign in to Chancery", "User name", "Password", "Sign in")
            : ("Đăng nhập Chancery", "Tên đăng nhập", "Mật khẩu", "Đăng nhập");
        var html = $$"""
            <!doctype html>
            <html lang="{{(english ? "en" : "vi")}}">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{E(title)}}</title>
            <style>body{font-family:system-ui,sans-serif;max-width:24rem;margin:4rem auto;padding:0 1rem}label,input,button{display:block;width:100%;margin:.4rem 0}input,button{padding:.5rem;font-size:1rem}.error{color:#b00020}</style></head>
            <body>
            <h1>{{E(title)}}</h1>
            {{(error is null ? "" : $"<p class=\"error\" role=\"alert\">{E(error)}</p>")}}
            <form method="post" action="/account/login">
            <input type="hidden" name="{{E(tokens.FormFieldName)}}" value="{{E(tokens.RequestToken ?? "")}}">
            <input type="hidden" name="ReturnUrl" value="{{E(returnUrl ?? "")}}">
            <input type="hidden" name="Lang" value="{{(english ? "en" : "vi")}}">
            <label for="user">{{E(user)}}</label><input id="user" name="UserName" autocomplete="username" required autofocus>
            <label for="password">{{E(password)}}</label><input id="password" name="Password" type="password" autocomplete="current-password" required>
            <button type="submit">{{E(submit)}}</button>
            </form>
            <p><a href="/account/login?lang={{(english ? "vi" : "en")}}&amp;ReturnUrl={{E(Uri.EscapeDataString(returnUrl ?? ""))}}">{{(english ? "Tiếng Việt" : "English")}}</a></p>
            </body></html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: error is null ? 200 : 401);
    }
}
