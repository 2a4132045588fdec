using System.Text.Json.Nodes;

namespace KognitosGen.Emulator;

/// <summary>Builds the output directives of a <see cref="ScenarioRunPlan"/>.</summary>
public static class ScenarioOutput
{
    /// <summary>Echoes the run input named <paramref name="inputName"/> verbatim (null when absent).</summary>
    public static JsonNode FromInput(string inputName) => new JsonObject { ["$input"] = inputName };

    /// <summary>The names of the files the run was started with, as a JSON array of strings.</summary>
    public static JsonNode FileNames() => new JsonObject { ["$files"] = "names" };

    /// <summary>The number of files the run was started with.</summary>
    public static JsonNode FileCount() => new JsonObject { ["$files"] = "count" };

    /// <summary>Emits <paramref name="value"/> as is, even when it looks like a directive.</summary>
    public static JsonNode Literal(JsonNode? value) => new JsonObject { ["$literal"] = value };
}
