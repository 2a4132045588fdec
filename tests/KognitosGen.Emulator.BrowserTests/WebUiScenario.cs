namespace KognitosGen.Emulator.Tests;

/// <summary>The emulator tests' standard scenario, plus a process whose runs stay Running for a minute (to cancel).</summary>
internal static class WebUiScenario
{
    public const string SlowProcess = "slow-process_01";

    public static async Task<KognitosEmulator> StartAsync()
    {
        var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        emulator.SetProcess(TestScenarios.AgentId, new ScenarioProcess
        {
            Id = SlowProcess,
            Name = "to wait for a person",
            Run = new ScenarioRunPlan { PendingMs = 0, RunningMs = 60_000 }.WithOutput("the output done", true),
        });
        return emulator;
    }

    /// <summary>The repository's docs/images folder, where the tests leave their screenshots for docs/emulator.md.</summary>
    public static string ScreenshotPath(string name) =>
        Path.Combine(KognitosGen.Testing.TestRepository.Root, "docs", "images", name);
}
