using KognitosGen.Benchmarks.Runtime;
using KognitosGen.Benchmarks.TestKit;
using KognitosGen.Testing;

namespace KognitosGen.Benchmarks.Load;

/// <summary>
/// Issue 31, goal 4: 20,000 <c>GET /v2/runs/{id}</c> from 200 concurrent callers against the emulator, against
/// WireMock.Net serving the emulator's bytes and against a bare Kestrel endpoint serving them (the limit), loopback,
/// in this process. Each round loads the three in turn (the order rotates), each side after a full collection;
/// medians over the rounds.
/// </summary>
public static class EmulatorLoad
{
    public const int Requests = 20_000;
    public const int Clients = 200;
    public const int WarmUpRounds = 5;

    public sealed record Result(
        double EmulatorRps, double EmulatorP99, double WireMockRps, double WireMockP99, double BareRps, double BareP99, int BodyBytes,
        IReadOnlyList<LoadRun.Result[]> Rounds);

    public static async Task<Result> MeasureAsync(bool quick)
    {
        // Each round lasts under a second; one pause in it (a collection, the pool adding a thread) can double its p99,
        // so the medians are taken over enough rounds for a few such rounds not to decide them.
        var rounds = quick ? 9 : 15;
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

        // Warm-up: whole rounds in turn, as measured. A few thousand requests a side left the first two measured rounds
        // at about half the later rounds' throughput and twice their p99 on every side (the JIT still moving the
        // servers' and callers' code to its optimised tier, the thread pool still growing), and a median of five
        // rounds then fell on that edge in some runs and not in others.
        for (var round = 0; round < WarmUpRounds; round++)
            await RoundAsync(round).ConfigureAwait(false);

        var results = new LoadRun.Result[sides.Length][];
        for (var side = 0; side < sides.Length; side++)
            results[side] = new LoadRun.Result[rounds];
        for (var round = 0; round < rounds; round++)
        {
            var each = await RoundAsync(round).ConfigureAwait(false);
            for (var side = 0; side < sides.Length; side++)
                results[side][round] = each[side];
        }

        // One round: the three sides in turn, the order rotating with the round, each after a full collection.
        async Task<LoadRun.Result[]> RoundAsync(int round)
        {
            var each = new LoadRun.Result[sides.Length];
            for (var k = 0; k < sides.Length; k++)
            {
                var side = (round + k) % sides.Length;
                StartClean();
                each[side] = await LoadRun.RunAsync(http, sides[side].Url, sides[side].Key, Requests, Clients, body.Length).ConfigureAwait(false);
            }

            return each;
        }

        double Rps(int side) => InterleavedRatios.Median(results[side].Select(r => r.RequestsPerSecond).ToArray());
        double P99(int side) => InterleavedRatios.Median(results[side].Select(r => r.P99Nanoseconds).ToArray());
        return new Result(Rps(0), P99(0), Rps(1), P99(1), Rps(2), P99(2), body.Length, results);
    }

    // Each side's round starts with the collector's budget fresh, as BenchmarkDotNet starts each iteration: what the
    // side before left (WireMock.Net allocates three times what the others do per request) must not decide where the
    // next side's collections fall, and a collection during a round is what its p99 shows most.
    private static void StartClean()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
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
        string[] names = ["emulator", "WireMock.Net", "bare Kestrel endpoint"];
        for (var side = 0; side < r.Rounds.Count; side++)
        {
            Console.WriteLine($"{names[side]}, each round (req/s, p99): "
                + string.Join(", ", r.Rounds[side].Select(round => $"{round.RequestsPerSecond:N0} {Reporting.Units.Time(round.P99Nanoseconds)}")));
        }
    }
}
