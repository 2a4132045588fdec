using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Wire;

namespace KognitosGen;

public sealed partial class KognitosClient
{
    /// <summary><c>GET /v2/health</c>: the API's health. A healthy API answers <c>{"status": "OK"}</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<KognitosHealth> GetHealthAsync(CancellationToken cancellationToken = default) =>
        _api.SendAsync(_api.Get("kognitos.health", "v2/health"), KognitosJsonContext.Default.KognitosHealth, "health status", cancellationToken);
}
