using Chancery.V1;
using Grpc.Net.ClientFactory;

namespace Chancery.Portal.Setup;

/// <summary>The gRPC clients of the server's services, each call carrying the person's access token.</summary>
public static class ServerClients
{
    public static IServiceCollection AddServerClients(this IServiceCollection services, IConfiguration configuration)
    {
        var address = new Uri(configuration.GetSection(PortalOptions.Section).Get<PortalOptions>()?.GrpcAddress ?? new PortalOptions().GrpcAddress);
        services.AddSingleton(TimeProvider.System);
        Add<Units.UnitsClient>(services, address);
        Add<Reorganizations.ReorganizationsClient>(services, address);
        Add<Positions.PositionsClient>(services, address);
        Add<Delegations.DelegationsClient>(services, address);
        Add<Audit.AuditClient>(services, address);
        Add<Access.AccessClient>(services, address);
        return services;
    }

    private static void Add<TClient>(IServiceCollection services, Uri address)
        where TClient : class =>
        services.AddGrpcClient<TClient>(o => o.Address = address)
            .AddCallCredentials(async (context, metadata, provider) =>
            {
                // The server writes its rules' messages in the page's language (its message catalogue; types and fields unchanged).
                metadata.Add("accept-language", Languages.IsEnglish ? "en" : "vi");
                var token = await provider.GetRequiredService<UserTokens>().AccessTokenAsync(context.CancellationToken);
                if (token is not null)
                {
                    metadata.Add("Authorization", $"Bearer {token}");
                }
            })
            // The server's gRPC endpoint is h2c on loopback; on another host it is https.
            .ConfigureChannel(o => o.UnsafeUseInsecureChannelCallCredentials = address.IsLoopback && address.Scheme == "http");
}
