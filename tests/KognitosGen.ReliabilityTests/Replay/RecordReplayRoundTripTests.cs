using System.Diagnostics;
using KognitosGen.Cli.Recording;
using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Faults;
using KognitosGen.ReliabilityTests.Infrastructure;
using KognitosGen.ReliabilityTests.Variants;
using KognitosGen.Testing;
using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Replay;

/// <summary>
/// Record and replay under each reading of the docs (<see cref="VariantMatrix"/>): the fault suite's typed runs go
/// through <c>kognitos record</c>'s proxy to an emulator that injects the standard fault mix; the recording is then
/// replayed by an emulator with no scenario of its own, and the same code run against it must end every run the same
/// way (status and bound outputs, or the same typed failure), with no duplicate run. The recording is scanned for the
/// key and every presigned upload value the client was handed. Each variant adds a line to the report.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class RecordReplayRoundTripTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(VariantMatrix.Names), MemberType = typeof(VariantMatrix))]
    public async Task A_recording_replays_to_the_same_outcomes_under(string variant)
    {
        var variantCase = VariantMatrix.Named(variant);
        var clock = Stopwatch.StartNew();
        var recording = Path.Combine(Path.GetTempPath(), $"kognitos-roundtrip-{Guid.NewGuid():N}.json");
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            var uploads = new UploadAnswerCapture();
            IReadOnlyDictionary<string, string> recorded;
            int recordedRuns, recordedErrors;
            await using (var upstream = await KognitosEmulator.StartAsync(VariantScenario.Build(variantCase.Variants, FaultScenario.StandardMix())))
            {
                await using var proxy = await RecordingProxy.StartAsync(new RecordingProxyOptions { Upstream = upstream.BaseAddress, RecordingPath = recording });
                using var client = new KognitosClient(ClientOptions(proxy.BaseAddress, variantCase), new HttpClient(uploads));
                recorded = await RoundTripRuns.RunAsync(client, deadline.Token);
                recordedRuns = proxy.Session.RunCount;
                recordedErrors = proxy.Session.ErrorCount;
                await proxy.DisposeAsync();
                Assert.Null(proxy.Failure);
            }

            var secrets = new Dictionary<string, string> { ["API key"] = FaultScenario.Key };
            foreach (var (value, i) in uploads.FieldValues.Select((v, i) => (v, i)))
                secrets[$"upload field {i}"] = value;
            var hits = RecordingSecretScan.Hits(recording, secrets);

            await using var replay = await KognitosEmulator.StartAsync(new EmulatorScenario(), new KognitosEmulatorOptions { Replay = new KognitosReplay(recording) });
            using var replayClient = new KognitosClient(ClientOptions(replay.BaseAddress, variantCase));
            var replayed = await RoundTripRuns.RunAsync(replayClient, deadline.Token);

            var differing = recorded.Keys.Union(replayed.Keys)
                .Where(k => recorded.GetValueOrDefault(k) != replayed.GetValueOrDefault(k))
                .Select(k => $"{k}: recorded '{recorded.GetValueOrDefault(k)}', replayed '{replayed.GetValueOrDefault(k)}'")
                .ToList();
            var untyped = recorded.Values.Concat(replayed.Values).Count(v => v.StartsWith("untyped", StringComparison.Ordinal));
            var expectedRuns = RoundTripRuns.EchoRuns + RoundTripRuns.ScanRuns + 2;
            var duplicates = replay.Counters.TotalRunsCreated - expectedRuns;
            var figures = $"[{variantCase.Variants}] starts recorded {recordedRuns}, error answers recorded {recordedErrors}, upload values scanned " +
                $"{uploads.FieldValues.Count}, secret hits {hits.Count}, outcomes {recorded.Count}, differing {differing.Count}, untyped {untyped}, " +
                $"replay duplicates {duplicates}, elapsed {clock.Elapsed.TotalSeconds:0.0} s";
            output.WriteLine(figures);
            differing.ForEach(output.WriteLine);
            ReliabilityReport.Add("record and replay, variant " + variant, figures);

            Assert.Empty(hits);
            Assert.True(differing.Count == 0, string.Join(Environment.NewLine, differing));
            Assert.Equal(0, untyped);
            Assert.Equal(0, duplicates);
            Assert.Equal($"typed {nameof(KognitosRunFailedException)} {KognitosRunStatus.Failed}", replayed["failing"]);
            Assert.Equal($"typed {nameof(KognitosRunFailedException)} {KognitosRunStatus.TimedOut}", replayed["timing out"]);
            // 404 from the server, or the fault mix's 429, 503 or dropped connection when it met one first (the plain
            // start does not resend): either way recorded, then replayed the same way.
            Assert.Matches($"^typed {nameof(KognitosApiException)} (HttpError (404|429|503)|Network 0)$", replayed["refused start"]);
            Assert.All(Enumerable.Range(0, RoundTripRuns.EchoRuns), i => Assert.Equal($"Succeeded RT-{i:000} {i * 1.25m}", replayed[$"echo {i}"]));
        }
        finally
        {
            File.Delete(recording);
        }
    }

    // The client as the variant's matrix row configures it (e.g. string input values where the server takes no other).
    private static KognitosClientOptions ClientOptions(Uri baseUrl, VariantCase variantCase)
    {
        var options = FaultScenario.ClientOptions(baseUrl);
        options.RunListingLag = VariantMatrix.ListingLagBound;
        options.Polling.Timeout = TimeSpan.FromMinutes(1);
        variantCase.Client?.Invoke(options);
        return options;
    }
}
