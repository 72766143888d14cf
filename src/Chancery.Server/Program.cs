using Chancery.Server;

var builder = WebApplication.CreateBuilder(args);
builder.AddChanceryServer();

var app = builder.Build();
if (AdminCommandLine.IsAdmin(args))
{
    return await AdminCommandLine.RunAsync(app, args);
}

app.MapChanceryServer();
await app.RunAsync();
return 0;

/// <summary>The entry point; public so that tests can host it.</summary>
public partial class Program;
