using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Chancery.Server.Health;

/// <summary>Prints where to reach the server once it listens.</summary>
internal sealed class AddressBanner(IServer server, IHostApplicationLifetime lifetime, IConfiguration configuration) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var grpc = configuration["Kestrel:Endpoints:Grpc:Url"];
            Console.WriteLine();
            Console.WriteLine("Chancery is ready.");
            foreach (var address in addresses)
            {
                var what = address.TrimEnd('/') == grpc?.TrimEnd('/') ? "gRPC (HTTP/2 cleartext)" : "HTTP/1.1 (JSON API /v1/…, /healthz)";
                Console.WriteLine($"  {what}: {address}");
            }

            Console.WriteLine();
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
