using Chancery.Portal.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalSignIn();
builder.Services.AddServerClients(builder.Configuration);
builder.Services.AddPortalLanguages();
builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/").AllowAnonymousToPage("/Account/SignedOut").AllowAnonymousToPage("/Error"));

var app = builder.Build();
app.UseExceptionHandler("/Error");
app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
app.UseStaticFiles();
app.UsePortalLanguages();
app.UseAuthentication();
app.UseAuthorization();
app.MapPortalAccount();
app.MapRazorPages();
app.Lifetime.ApplicationStarted.Register(() => Console.WriteLine($"Chancery portal is ready: {string.Join(", ", app.Urls)}"));
app.Run();

public partial class Program;
