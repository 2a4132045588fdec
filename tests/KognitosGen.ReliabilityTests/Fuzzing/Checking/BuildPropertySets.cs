namespace KognitosGen.ReliabilityTests.Fuzzing.Checking;

/// <summary>
/// The MSBuild properties an input is compiled with (as <c>build_property.*</c> keys): none, well formed, malformed
/// and absurd values of the agent ID, stage and off switch that both the generator and the analyzer read.
/// </summary>
public static class BuildPropertySets
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> All { get; } =
    [
        new Dictionary<string, string>(),
        new Dictionary<string, string> { ["build_property.KognitosAgentId"] = "msbuild-agent" },
        new Dictionary<string, string> { ["build_property.KognitosAgentId"] = "not a valid id!!", ["build_property.KognitosProcessStage"] = "Draft" },
        new Dictionary<string, string> { ["build_property.KognitosAgentId"] = "   ", ["build_property.KognitosProcessStage"] = "Whatever" },
        new Dictionary<string, string> { ["build_property.DisableKognitosGenSourceGenerator"] = "true" },
        new Dictionary<string, string>
        {
            ["build_property.KognitosAgentId"] = new string('a', 5000) + "\u202E\uD800",
            ["build_property.KognitosProcessStage"] = " draft ",
            ["build_property.DisableKognitosGenSourceGenerator"] = "maybe",
        },
    ];
}
