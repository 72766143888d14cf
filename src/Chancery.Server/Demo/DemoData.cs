using Chancery.Core.Access;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Reorganizations;
using Chancery.Core.Units;

namespace Chancery.Server.Demo;

/// <summary>Section <c>Chancery:Demo</c>: load the illustrative data into an empty registry.</summary>
public sealed class DemoOptions
{
    public bool Enabled { get; set; }
}

public static class DemoData
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>().Bind(configuration.GetSection("Chancery:Demo"));
        services.AddHostedService<DemoSeeder>();
        return services;
    }
}

/// <summary>Runs after the read model is built; does nothing unless enabled and the registry is empty.</summary>
internal sealed partial class DemoSeeder(
    Microsoft.Extensions.Options.IOptions<DemoOptions> options, RegistryState registry, UnitCommands units, PlanCommands plans, PositionCommands positions, Core.Delegations.DelegationCommands delegations, Core.Delegations.Catalogue.FieldCommands fields, IServiceProvider services,
    IHostEnvironment environment, ILogger<DemoSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        if (registry.Current.Units.Count == 0)
        {
            await DemoHierarchy.SeedAsync(units, plans, positions, delegations, fields, cancellationToken);
            LogSeeded(logger, registry.Current.Units.Count);
        }

        // Demo accounts only in Development, and printed only when made.
        if (environment.IsDevelopment() && registry.Current.Access.UserCount == 0)
        {
            var lines = await DemoAccess.SeedAsync(services, cancellationToken);
            Console.WriteLine();
            Console.WriteLine("Demo accounts (illustrative; shown once, now — only hashes are stored):");
            foreach (var line in lines)
            {
                Console.WriteLine(line);
            }

            Console.WriteLine();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the illustrative demo hierarchy: {Units} units")]
    private static partial void LogSeeded(ILogger logger, int units);
}
