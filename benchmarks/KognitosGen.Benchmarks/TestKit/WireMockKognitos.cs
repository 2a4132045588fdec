using KognitosGen.Benchmarks.Runtime;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace KognitosGen.Benchmarks.TestKit;

/// <summary>
/// The typed test's server written with WireMock.Net: canned answers for the same calls, <c>POST /v2/runs</c> answers
/// Created and <c>GET /v2/runs/{id}</c> the succeeded run of <see cref="RunBody"/> at once.
/// </summary>
public sealed class WireMockKognitos : IDisposable
{
    private readonly HttpClient _http = new();

    private WireMockKognitos(WireMockServer server)
    {
        Server = server;
#pragma warning disable KOG0010 // A loopback mock server with a made-up key.
        Client = new KognitosClient(new KognitosClientOptions { BaseUrl = new Uri(server.Urls[0] + "/"), ApiKey = "wiremock-key" }, _http);
#pragma warning restore KOG0010
    }

    public WireMockServer Server { get; }

    public KognitosClient Client { get; }

    /// <summary>A WireMock.Net server answering the typed run's calls, and a client of it.</summary>
    public static WireMockKognitos Start() => new(StartServer(RunBody.Utf8));

    /// <summary>A WireMock.Net server with the two mappings: started runs, and <paramref name="runBody"/> for every run read.</summary>
    public static WireMockServer StartServer(byte[] runBody)
    {
        var server = WireMockServer.Start();
        server.Given(Request.Create().WithPath("/v2/runs").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(CannedKognitosHandler.Created));
        server.Given(Request.Create().WithPath("/v2/runs/*").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(runBody));
        return server;
    }

    public void Dispose()
    {
        Client.Dispose();
        _http.Dispose();
        Server.Stop();
        Server.Dispose();
    }
}
