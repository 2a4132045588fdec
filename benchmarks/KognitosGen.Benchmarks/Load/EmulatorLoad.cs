using KognitosGen.Benchmarks.Runtime;
using KognitosGen.Benchmarks.TestKit;
using KognitosGen.Testing;

namespace KognitosGen.Benchmarks.Load;

/// <summary>
/// Issue 31, goal 4: 20,000 <c>GET /v2/runs/{id}</c> from 200 concurrent callers against the emulator, against
/// WireMock.Net serving the emulator's bytes and against a bare Kestrel endpoint serving them (the limit), loopback,
/// in this process. Each round loads the three in turn (the order rotates); medians over the rounds.
/// </summary>
public static class EmulatorLoad
{
    public const int Requests = 20_000;
    public const int Clients = 200;

    public sealed record Result(
        double EmulatorRps, double EmulatorP99, double WireMockRps, double WireMockP99, double BareRps, double BareP99, int BodyBytes);

    public static async Task<Result> MeasureAsync(bool quick)
    {
        var rounds = quick ? 5 : 9;
        await using var kit = await KitServer.StartAsync().ConfigureAwait(false);
        var done = await kit.Client.RunAsync(InvoiceReviewRun.Input()).ConfigureAwait(false);
        var emulatorUrl = new Uri(kit.BaseAddress, "v2/runs/" + done.Run.Id);

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = Clients, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(1) };
        using var first = new HttpRequestMessage(HttpMethod.Get, emulatorUrl);
        first.Headers.TryAddWithoutValidation("x-api-key", KognitosTestServer.ApiKey);
        using var firstResponse = await http.SendAsync(first).ConfigureAwait(false);
        var body = await firstResponse.Content.ReadAsByteArrayAsync().ConfigureAwait(false);

        using var wireMock = WireMockKognitos.StartServer(body);
        await using var bare = await BareEndpoint.StartAsync(body).ConfigureAwait(false);
        // Every side gets the same request, key included: the callers share the cores with the servers, so what they
        // send is part of what is measured; only the emulator checks the key.
        var sides = new (Uri Url, string? Key)[]
        {
            (emulatorUrl, KognitosTestServer.ApiKey),
            (new Uri(wireMock.Urls[0] + "/v2/runs/" + done.Run.Id), KognitosTestServer.ApiKey),
            (new Uri(bare.BaseAddress, "v2/runs/" + done.Run.Id), KognitosTestServer.ApiKey),
        };

        foreach (var (url, key) in sides)
            await LoadRun.RunAsync(http, url, key, Requests / 5, Clients, body.Length).ConfigureAwait(false);

        var results = new LoadRun.Result[sides.Length][];
        for (var side = 0; side < sides.Length; side++)
            results[side] = new LoadRun.Result[rounds];
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < sides.Length; k++)
            {
                var side = (round + k) % sides.Length;
                results[side][round] = await LoadRun.RunAsync(http, sides[side].Url, sides[side].Key, Requests, Clients, body.Length).ConfigureAwait(false);
            }
        }

        double Rps(int side) => InterleavedRatios.Median(results[side].Select(r => r.RequestsPerSecond).ToArray());
        double P99(int side) => InterleavedRatios.Median(results[side].Select(r => r.P99Nanoseconds).ToArray());
        return new Result(Rps(0), P99(0), Rps(1), P99(1), Rps(2), P99(2), body.Length);
    }

    public static void Print(Result r)
    {
        Console.WriteLine();
        Console.WriteLine($"{Requests:N0} GETs of one run ({r.BodyBytes:N0} bytes) from {Clients} concurrent callers, in turn (medians of rounds):");
        Console.WriteLine("| Server | Requests/s | p99 |");
        Console.WriteLine("| --- | ---: | ---: |");
        Console.WriteLine($"| emulator | {r.EmulatorRps:N0} | {Reporting.Units.Time(r.EmulatorP99)} |");
        Console.WriteLine($"| WireMock.Net | {r.WireMockRps:N0} | {Reporting.Units.Time(r.WireMockP99)} |");
        Console.WriteLine($"| bare Kestrel endpoint | {r.BareRps:N0} | {Reporting.Units.Time(r.BareP99)} |");
    }
}
