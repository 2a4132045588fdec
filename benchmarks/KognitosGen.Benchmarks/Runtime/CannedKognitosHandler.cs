using System.Net;
using System.Text;

namespace KognitosGen.Benchmarks.Runtime;

/// <summary>
/// Kognitos in memory, for one typed run at a time: <c>POST /v2/runs</c> answers Created, and <c>GET /v2/runs/{id}</c>
/// answers the succeeded run of <see cref="RunBody"/>. No socket, so a benchmark measures the client, not the network.
/// </summary>
public sealed class CannedKognitosHandler : HttpMessageHandler
{
    /// <summary>The <c>POST /v2/runs</c> answer: the run of <see cref="RunBody"/>, Created.</summary>
    public static readonly byte[] Created = Encoding.UTF8.GetBytes("""
        {"id": "r9k2m4x7p1q8w3e5t6y0u2i4o6", "name": "to review the invoice", "process_id": "b4fznghynbdemslfd5k044fgd",
         "agent_id": "a7xm2kp9qwj3v5nh8t4c6r1e9z", "stage": "Published", "status": "Created", "created_at": "2025-03-14T09:26:41.512"}
        """);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (status, body) = request.Method == HttpMethod.Post ? (HttpStatusCode.Created, Created) : (HttpStatusCode.OK, RunBody.Utf8);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return Task.FromResult(new HttpResponseMessage(status) { Content = content, RequestMessage = request });
    }
}
