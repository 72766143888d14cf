using Chancery.Core.Access;
using Chancery.Core.Units;
using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Reorganizations;
using Chancery.Core.Storage;
using Chancery.Core.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Chancery.Core;

public static class CoreServices
{
    /// <summary>Storage, the read model, the writer and the commands, configured from <c>Chancery:*</c>.</summary>
    public static IServiceCollection AddChanceryCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>()
            .Bind(configuration.GetSection(DatabaseOptions.Section))
            .PostConfigure(o => o.ConnectionString ??= configuration.GetConnectionString("Chancery"));
        services.AddOptions<RegistryClockOptions>().Bind(configuration.GetSection("Chancery:Clock"));
        services.AddOptions<ChangeLogFollowerOptions>().Bind(configuration.GetSection(ChangeLogFollowerOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<RegistryClock>();
        services.AddSingleton<ChanceryDatabase>();
        services.AddScoped(sp => sp.GetRequiredService<ChanceryDatabase>().CreateContext());
        services.AddSingleton<RegistryState>();
        services.AddSingleton<RegistryWriter>();
        foreach (var part in RegistryParts.All)
        {
            part.AddServices(services);
        }

        services.AddHostedService<RegistryStartup>();
        services.AddHostedService<ChangeLogFollower>();
        return services;
    }
}
