using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Chancery.Portal.Tests.Infrastructure;

/// <summary>
/// The server (Development, demo data, a temporary SQLite file) and the portal, each its own
/// process on free loopback ports, the demo's portal client pointed at the portal's port; and a
/// headless Chromium. Shared by the tests of a collection.
/// </summary>
public sealed partial class PortalStack : IAsyncLifetime
{
    private readonly List<Process> processes = [];
    private readonly StringBuilder output = new();
    private string database = "";
    private IPlaywright? playwright;

    public string PortalAddress { get; private set; } = "";
    public string ServerHttpAddress { get; private set; } = "";
    public string ServerGrpcAddress { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public Dictionary<string, string> Passwords { get; } = [];

    public static string Root { get; } = FindRoot();

    public string Output { get { lock (output) { return output.ToString(); } } }

    public async Task InitializeAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chancery-portal-tests");
        Directory.CreateDirectory(folder);
        database = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        var (grpc, http, portal) = (FreePort(), FreePort(), FreePort());
        PortalAddress = $"http://127.0.0.1:{portal}";
        ServerHttpAddress = $"http://127.0.0.1:{http}";
        ServerGrpcAddress = $"http://127.0.0.1:{grpc}";
        var bin = AppContext.BaseDirectory;

        await StartAsync("Chancery is ready.", folder, Path.Combine(bin, "Chancery.Server.dll"), "--contentRoot", Path.Combine(Root, "src", "Chancery.Server"),
            "--environment", "Development", $"--Kestrel:Endpoints:Grpc:Url=http://127.0.0.1:{grpc}", $"--Kestrel:Endpoints:Http:Url={ServerHttpAddress}",
            $"--Chancery:Database:ConnectionString=Data Source={database}",
            $"--Chancery:Demo:Clients:portal:RedirectUris:0={PortalAddress}/signin-oidc",
            $"--Chancery:Demo:Clients:portal:PostLogoutRedirectUris:0={PortalAddress}/signout-callback-oidc");
        foreach (Match m in DemoAccount().Matches(Output))
        {
            Passwords[m.Groups[1].Value] = m.Groups[2].Value;
        }

        // Development: the portal's /account/token hook, which the sign-out test reads the token from.
        await StartAsync("Chancery portal is ready", folder, Path.Combine(bin, "Chancery.Portal.dll"), "--contentRoot", Path.Combine(Root, "portal", "Chancery.Portal"), "--environment", "Development",
            $"--Kestrel:Endpoints:Http:Url={PortalAddress}", $"--Portal:GrpcAddress=http://127.0.0.1:{grpc}", $"--Portal:Authority={ServerHttpAddress}/");

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (playwright is not null)
        {
            await Browser.CloseAsync();
            playwright.Dispose();
        }

        foreach (var process in processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
        }

        foreach (var path in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(path);
        }
    }

    /// <summary>A new browser context (its own cookies), signed in as a demo account, on the portal's first page.</summary>
    public async Task<IPage> SignInAsync(string user, string language = "vi")
    {
        var context = await Browser.NewContextAsync(new() { Locale = language == "en" ? "en-GB" : "vi-VN", BaseURL = PortalAddress, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.Locator("#user").FillAsync(user);
        await page.Locator("#password").FillAsync(Passwords[user]);
        await page.Locator("button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(new Regex("/hierarchy"));
        return page;
    }

    public static string Artifact(string name)
    {
        var folder = Path.Combine(Root, "artifacts", "portal");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    private async Task StartAsync(string readyLine, string folder, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        processes.Add(process);
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Pump(process.StandardOutput, readyLine, ready);
        Pump(process.StandardError, readyLine, ready);
        var started = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(90)));
        if (started != ready.Task)
        {
            throw new InvalidOperationException($"{Path.GetFileName(args[0])} did not become ready:\n{Output}");
        }
    }

    private void Pump(StreamReader reader, string readyLine, TaskCompletionSource ready) => _ = Task.Run(async () =>
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (output)
            {
                output.AppendLine(line);
            }

            if (line.Contains(readyLine, StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }
    });

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Chancery.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No checkout of Chancery above the test binaries.");
    }

    [GeneratedRegex(@"^\s+\w+\s+user (\S+)\s+password (\S+)", RegexOptions.Multiline)]
    private static partial Regex DemoAccount();
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalStack>
{
    public const string Name = "portal";
}
