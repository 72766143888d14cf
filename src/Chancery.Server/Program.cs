using Chancery.Server;
using Chancery.Server.Admin;

if (AdminArguments.Parse(args) is { } admin)
{
    return await AdminCommandLine.RunAsync(admin);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddChanceryServer();

var app = builder.Build();
app.MapChanceryServer();
await app.RunAsync();
return 0;

/// <summary>The entry point; public so that tests can host it.</summary>
public partial class Program;
