using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Chancery.Portal.Setup;

/// <summary>
/// Vietnamese by default, English on request: the switch on every page sets a cookie that is
/// remembered for a year. Every list is sorted in Vietnamese order whatever the language.
/// </summary>
public static class Languages
{
    public const string Cookie = "chancery.portal.lang";
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Names in Vietnamese alphabetical order (Ái, An Giang, Bắc Ninh, Dak Lak, Đà Nẵng).</summary>
    public static readonly StringComparer VietnameseOrder = StringComparer.Create(Vietnamese, CompareOptions.None);

    public static CultureInfo Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? English : Vietnamese;

    public static bool IsEnglish => Current == English;

    public static IServiceCollection AddPortalLanguages(this IServiceCollection services) =>
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = o.SupportedUICultures = [Vietnamese, English];
            o.RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = Cookie }];
        });

    public static WebApplication UsePortalLanguages(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.MapGet("/language/{code}", (HttpContext http, string code, string? returnUrl) =>
        {
            var culture = code == "en" ? English : Vietnamese;
            http.Response.Cookies.Append(Cookie, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        }).AllowAnonymous();
        return app;
    }
}
