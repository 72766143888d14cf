using Chancery.Server;
using Chancery.Server.Admin;

var admin = AdminArguments.Parse(args);
if (admin?.Error is { } error)
{
    return AdminCommandLine.Usage(error);
}

var builder = WebApplication.CreateBuilder(admin?.HostArgs.ToArray() ?? args);
builder.AddChanceryServer();

var app = builder.Build();
if (admin is not null)
{
    return await AdminCommandLine.RunAsync(app, admin);
}

app.MapChanceryServer();
await app.RunAsync();
return 0;

/// <summary>The entry point; public so that tests can host it.</summary>
public partial class Program;
