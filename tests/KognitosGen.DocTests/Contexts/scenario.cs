// context=scenario: `scenario`, the emulator's demo scenario (samples/emulator/demo.json), to adjust or start.
global using static DocContexts.ScenarioContext;

namespace DocContexts;

internal static class ScenarioContext
{
    public static EmulatorScenario scenario => EmulatorScenario.Demo();
}
