using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KognitosGen.Aspire.Hosting;

/// <summary>
/// The emulator's readiness: <c>GET /v2/health</c> with the resource's key (the API is up and takes the key), then the
/// app host's faults put in place, so a project waiting for the emulator never sees it without them. Once ready,
/// it asks <c>/_emulator/counters</c>, which faults never touch, so injected 503s do not make the emulator unhealthy.
/// The health service creates a check per run, so whether the faults are in place is kept on the resource.
/// </summary>
internal sealed class KognitosEmulatorHealthCheck(KognitosEmulatorResource resource, HttpClient http) : IHealthCheck
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var baseUrl = new Uri(resource.PrimaryEndpoint.Url.TrimEnd('/') + "/");
        try
        {
            // Admin routes, like /v2, take only the scenario's keys.
            var key = await resource.ApiKey.GetValueAsync(cancellationToken).ConfigureAwait(false);
            if (resource.FaultsApplied)
            {
                using var counters = await SendAsync(HttpMethod.Get, new Uri(baseUrl, "_emulator/counters"), key, null, cancellationToken).ConfigureAwait(false);
                return counters.IsSuccessStatusCode
                    ? HealthCheckResult.Healthy()
                    : HealthCheckResult.Unhealthy($"The emulator answered {(int)counters.StatusCode} to /_emulator/counters.");
            }

            using (var health = await SendAsync(HttpMethod.Get, new Uri(baseUrl, "v2/health"), key, null, cancellationToken).ConfigureAwait(false))
            {
                if (!health.IsSuccessStatusCode)
                    return HealthCheckResult.Unhealthy($"The emulator answered {(int)health.StatusCode} to GET /v2/health.");
            }

            if (resource.Faults is { } faults)
            {
                using var put = await SendAsync(HttpMethod.Put, new Uri(baseUrl, "_emulator/faults"), key, JsonContent.Create(faults, options: Json), cancellationToken)
                    .ConfigureAwait(false);
                if (!put.IsSuccessStatusCode)
                    return HealthCheckResult.Unhealthy(
                        $"The emulator refused the faults ({(int)put.StatusCode}): {await put.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
            }

            resource.FaultsApplied = true;
            return HealthCheckResult.Healthy();
        }
        catch (HttpRequestException exception)
        {
            return HealthCheckResult.Unhealthy("The emulator does not answer yet.", exception);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri url, string? key, HttpContent? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("x-api-key", key);
        return await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
