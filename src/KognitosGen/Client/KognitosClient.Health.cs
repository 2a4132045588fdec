using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Wire;

namespace KognitosGen;

public sealed partial class KognitosClient
{
    /// <summary>
    /// <c>GET /v2/health</c>: the API's health. A healthy API answers <c>{"status": "OK"}</c>; an unhealthy one may
    /// answer another status with 200 or with an error code such as 503 (the docs do not say which). Any answer whose
    /// body reads as <c>{"status": "..."}</c> is returned (check <see cref="KognitosHealth.IsHealthy"/>); only an answer
    /// without one (a gateway's 503 page, a 401) throws <see cref="KognitosApiException"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<KognitosHealth> GetHealthAsync(CancellationToken cancellationToken = default) =>
        _api.SendAsync(_api.Get("kognitos.health", "v2/health") with { ReadsErrorAnswer = HealthBody.SaysStatus },
            KognitosJsonContext.Default.KognitosHealth, "health status", cancellationToken);
}
