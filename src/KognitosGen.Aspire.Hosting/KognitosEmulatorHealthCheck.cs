using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KognitosGen.Aspire.Hosting;

/// <summary>
/// The emulator's readiness: <c>GET /v2/health</c> with the resource's key (the API is up and takes the key), then the
/// app host's faults put in place, so a project waiting for the emulator never sees it without them. Once ready,
/// it asks <c>/_emulator/counters</c>, which faults never touch, so injected 503s do not make the emulator unhealthy.
/// </summary>
internal sealed class KognitosEmulatorHealthCheck(KognitosEmulatorResource resource, HttpClient http) : IHealthCheck
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private bool _ready;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var baseUrl = new Uri(resource.PrimaryEndpoint.Url.TrimEnd('/') + "/");
        try
        {
            if (_ready)
            {
                using var counters = await http.GetAsync(new Uri(baseUrl, "_emulator/counters"), cancellationToken).ConfigureAwait(false);
                return counters.IsSuccessStatusCode
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy($"The emulator answered {(int)counters.StatusCode} to /_emulator/counters.");
            }

            using (var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUrl, "v2/health")))
            {
                request.Headers.Add("x-api-key", await resource.ApiKey.GetValueAsync(cancellationToken).ConfigureAwait(false));
                using var health = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (!health.IsSuccessStatusCode)
                    return HealthCheckResult.Unhealthy($"The emulator answered {(int)health.StatusCode} to GET /v2/health.");
            }

            if (resource.Faults is { } faults)
            {
                using var put = await http.PutAsJsonAsync(new Uri(baseUrl, "_emulator/faults"), faults, Json, cancellationToken).ConfigureAwait(false);
                if (!put.IsSuccessStatusCode)
                    return HealthCheckResult.Unhealthy(
                        $"The emulator refused the faults ({(int)put.StatusCode}): {await put.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
            }

            _ready = true;
            return HealthCheckResult.Healthy();
        }
        catch (HttpRequestException exception)
        {
            return HealthCheckResult.Unhealthy("The emulator does not answer yet.", exception);
        }
    }
}
