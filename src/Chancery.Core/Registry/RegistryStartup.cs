using Chancery.Core.Storage;
using Microsoft.Extensions.Hosting;

namespace Chancery.Core.Registry;

/// <summary>
/// Before the server listens: migrates the database (unless told not to) and builds the read
/// model, so the first request already reads a complete snapshot.
/// </summary>
internal sealed class RegistryStartup(ChanceryDatabase database, RegistryState state) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Options.MigrateOnStart)
        {
            await database.MigrateAsync(cancellationToken);
        }

        await state.LoadAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
