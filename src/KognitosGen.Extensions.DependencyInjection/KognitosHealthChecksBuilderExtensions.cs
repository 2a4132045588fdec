using KognitosGen;
using KognitosGen.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds <see cref="KognitosHealthCheck"/> to an application's health checks.</summary>
public static class KognitosHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds a health check that calls <c>GET /v2/health</c> through the <see cref="KognitosClient"/> that
    /// <c>AddKognitos</c> registered: the default one, or the one named <paramref name="clientName"/>.
    /// </summary>
    /// <param name="builder">The health checks builder (<c>services.AddHealthChecks()</c>).</param>
    /// <param name="clientName">The named client to check (as given to <c>AddKognitos(name)</c>); null for the default client.</param>
    /// <param name="checkName">The check's name; default <c>kognitos</c>, or <c>kognitos-{clientName}</c>.</param>
    /// <param name="failureStatus">The status reported when the API is not healthy; default <see cref="HealthStatus.Unhealthy"/>.</param>
    /// <param name="tags">Tags to filter checks by (for example <c>ready</c>).</param>
    /// <param name="timeout">How long the check may take; default none beyond the client's own timeouts.</param>
    /// <returns>The builder.</returns>
    public static IHealthChecksBuilder AddKognitos(this IHealthChecksBuilder builder, string? clientName = null, string? checkName = null,
        HealthStatus? failureStatus = null, IEnumerable<string>? tags = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(
            checkName ?? (clientName is null ? "kognitos" : $"kognitos-{clientName}"),
            provider => new KognitosHealthCheck(clientName is null
                ? provider.GetRequiredService<KognitosClient>()
                : provider.GetRequiredKeyedService<KognitosClient>(clientName)),
            failureStatus,
            tags,
            timeout));
    }
}
