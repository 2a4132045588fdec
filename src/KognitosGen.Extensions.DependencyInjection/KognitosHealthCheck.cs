using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KognitosGen.Extensions.DependencyInjection;

/// <summary>
/// Reports the Kognitos API's health as one <see cref="KognitosClient"/> sees it: <c>GET /v2/health</c> through the
/// client (its key, endpoint, handlers and retries), healthy when the API answers <c>{"status": "OK"}</c>.
/// </summary>
public sealed class KognitosHealthCheck : IHealthCheck
{
    private readonly KognitosClient _client;

    /// <summary>Checks the API through <paramref name="client"/>.</summary>
    /// <param name="client">The client whose endpoint and key are checked.</param>
    public KognitosHealthCheck(KognitosClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var failure = context.Registration.FailureStatus;
        try
        {
            var health = await _client.GetHealthAsync(cancellationToken).ConfigureAwait(false);
            return string.Equals(health.Status, "OK", StringComparison.OrdinalIgnoreCase)
                ? HealthCheckResult.Healthy($"Kognitos at {_client.BaseAddress} answered OK.")
                : new HealthCheckResult(failure, $"Kognitos at {_client.BaseAddress} answered status '{health.Status}'.");
        }
        // The client's exceptions never carry the key; the message says what failed (status, network, timeout).
        catch (KognitosApiException exception)
        {
            return new HealthCheckResult(failure, $"Kognitos at {_client.BaseAddress}: {exception.Message}", exception);
        }
    }
}
