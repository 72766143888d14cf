using Chancery.Server;

var builder = WebApplication.CreateBuilder(args);
builder.AddChanceryServer();

var app = builder.Build();
app.MapChanceryServer();
app.Run();

/// <summary>The entry point; public so that tests can host it.</summary>
public partial class Program;
