using System.Net;
using System.Text.RegularExpressions;
using Chancery.Server.Tests.Infrastructure;
using Grpc.Core;
using Grpc.Net.Client;
using Chancery.V1;

namespace Chancery.Server.Tests.Bootstrap;

/// <summary>
/// The README's way in (*From an empty database to a signed-in administrator*): in Production, on
/// an empty SQLite database, its lines run exactly as written (create-system-admin, register-client,
/// the server's start), then the authorization-code flow with PKCE (S256) on the server's sign-in
/// page over HTTPS, then the token endpoint; the token is a system administrator's.
/// </summary>
public sealed class ProductionBootstrapTests
{
    [Fact]
    public async Task Bootstrap_EmptyProductionDatabase_ReadmeCommandsLeadToSystemAdministratorsToken()
    {
        using var shell = new ReadmeShell();
        var httpsPort = ServerProcess.AnyFreePort();
        var https = new Uri($"https://127.0.0.1:{httpsPort}/");
        shell.Environment["Chancery__Identity__Issuer"] = https.ToString();
        shell.Environment["Kestrel__Endpoints__Https__Url"] = https.ToString().TrimEnd('/');
        shell.Environment["Kestrel__Endpoints__Https__Certificate__Path"] = TestTlsCertificate.Path;
        shell.Environment["Kestrel__Endpoints__Https__Certificate__Password"] = TestTlsCertificate.Password;

        var createAdmin = ReadmeShell.Line(l => l.EndsWith(" admin create-system-admin quantri", StringComparison.Ordinal));
        var registerPortal = ReadmeShell.Line(l => l.Contains(" admin register-client chancery-portal ", StringComparison.Ordinal));
        var start = ReadmeShell.Line(l => l == $"{ReadmeShell.Server} {ReadmeShell.ContentRoot}");
        Assert.DoesNotContain("--public", registerPortal);

        var admin = await shell.RunAsync(createAdmin);
        Assert.True(admin.ExitCode == 0, admin.Output + admin.Error);
        var password = Regex.Match(admin.Output, @"Password \(shown once\): (\S+)").Groups[1].Value;
        var portal = await shell.RunAsync(registerPortal);
        Assert.True(portal.ExitCode == 0, portal.Output + portal.Error);
        Assert.Contains("Client chancery-portal registered (interactive, confidential: PKCE and a secret)", portal.Output);
        var secret = Regex.Match(portal.Output, @"Client secret \(shown once\): (\S+)").Groups[1].Value;
        Assert.NotEmpty(secret);
        var redirect = new Uri(Regex.Match(registerPortal, @"--redirect-uri (\S+)").Groups[1].Value);
        var scopes = Regex.Match(registerPortal, "--scope \"([^\"]+)\"").Groups[1].Value.Split(' ');

        await using var server = await shell.StartAsync(start);
        using var http = new HttpClient(new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => TestTlsCertificate.Trusts(certificate),
        }) { BaseAddress = https };
        var answer = await new PkceSignIn(http, "chancery-portal", secret, redirect).SignInAsync("quantri", password, scopes);

        var token = answer.GetProperty("access_token").GetString()!;
        Assert.Contains("access.write", answer.GetProperty("scope").GetString()!.Split(' '));
        using var channel = GrpcChannel.ForAddress(server.GrpcAddress);
        var asAdministrator = new Metadata { { "authorization", $"Bearer {token}" } };
        var registered = await new V1.Access.AccessClient(channel).RegisterClientAsync(new RegisterClientRequest
        {
            ClientId = "vanban-tinh", DisplayName = "Hệ thống quản lý văn bản", Scopes = { "hierarchy.read" }, Reason = "Công văn 12/SNV",
        }, asAdministrator);
        Assert.NotEmpty(registered.ClientSecret);
        var trail = await new V1.Audit.AuditClient(channel).ListAuditEntriesAsync(new ListAuditEntriesRequest(), asAdministrator);
        Assert.Equal(["cli/create-system-admin", "cli/create-system-admin", "cli/register-client", "/chancery.v1.Access/RegisterClient"],
            trail.Entries.OrderBy(e => e.Sequence).Select(e => e.Operation));
    }
}
