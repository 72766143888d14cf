using Chancery.Core.Registry;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Chancery.Server.Health;

/// <summary>Serving once the read model is built.</summary>
public sealed class RegistryHealthCheck(RegistryState registry) : IHealthCheck
{
    private static readonly Task<HealthCheckResult> Ready = Task.FromResult(HealthCheckResult.Healthy());
    private static readonly Task<HealthCheckResult> Loading = Task.FromResult(HealthCheckResult.Unhealthy("The read model is being built."));

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        registry.IsLoaded ? Ready : Loading;
}
