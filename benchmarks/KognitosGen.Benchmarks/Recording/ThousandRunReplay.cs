using System.Diagnostics;
using System.Text.Json;
using KognitosGen.Recording;
using KognitosGen.Testing;

namespace KognitosGen.Benchmarks.Recording;

/// <summary>
/// A recording of 1,000 runs (each a minute of recorded statuses) replayed through the test kit: every run started
/// with its recorded inputs, 32 at a time, and waited for on virtual time. Reports the wall time; goal under 10 s.
/// </summary>
internal static class ThousandRunReplay
{
    private const string Agent = "benchagent000000000000001";
    private const string Process = "benchreplay00000000000001";

    public static async Task<TimeSpan> MeasureAsync(int runs)
    {
        var path = Path.Combine(Path.GetTempPath(), $"kognitos-bench-replay-{Guid.NewGuid():N}.json");
        try
        {
            new RecordingWriter(new RecordingRedaction()).WriteFile(Recording(runs), path);
            var clock = Stopwatch.StartNew();
            await using var kognitos = await KognitosTestServer.StartAsync(o => o.Replay(path));
            using var gate = new SemaphoreSlim(32);
            await Task.WhenAll(Enumerable.Range(0, runs).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    var run = await kognitos.Client.CreateRunAsync(new KognitosCreateRunRequest
                    {
                        Name = "replayed",
                        AgentId = Agent,
                        ProcessId = Process,
                        Inputs = [new KognitosNameValue { Name = "n", Value = JsonSerializer.SerializeToElement(i) }],
                    });
                    var done = await kognitos.Client.WaitForCompletionAsync(run.Id);
                    if (done.Outputs.Single().Value.GetInt32() != i * 2)
                        throw new InvalidOperationException($"run {i} replayed the wrong outputs");
                }
                finally
                {
                    gate.Release();
                }
            }));
            return clock.Elapsed;
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static RecordingDocument Recording(int runs) => new(
        [new RecordedProcess(Agent, Process, "to be replayed", "Published")],
        Enumerable.Range(0, runs).Select(i => new RecordedRun
        {
            Index = i + 1,
            AgentId = Agent,
            ProcessId = Process,
            Stage = "Published",
            Name = "run " + i,
            StartedAtMs = i * 10L,
            Inputs = [new RecordedValue("n", JsonSerializer.SerializeToElement(i))],
            Files = [],
            RunId = $"run{i:0000000000000000000000}",
            StartStatusCode = 201,
            Statuses = [new RecordedStatus(0, "Created"), new RecordedStatus(100, "Pending"), new RecordedStatus(1_000, "Running"), new RecordedStatus(60_000, "Succeeded")],
            Outputs = [new RecordedValue("the output n", JsonSerializer.SerializeToElement(i * 2))],
        }).ToList(),
        []);
}
