using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text.Json;

namespace KognitosGen.Emulator;

/// <summary>
/// Everything the emulator serves: API keys, agents with their processes and run plans, faults and limits.
/// Build one in code with object initializers or the fluent <c>Add…</c> methods, or load one from JSON
/// (camelCase, see docs/emulator.md).
/// </summary>
public sealed class EmulatorScenario
{
    /// <summary>The default upload size limit: 10 MiB.</summary>
    public const long DefaultUploadSizeLimitBytes = 10L * 1024 * 1024;

    private const string DemoResourceName = "KognitosGen.Emulator.Scenarios.demo.json";

    /// <summary>API keys the emulator accepts in the <c>x-api-key</c> header.</summary>
    public IList<ScenarioApiKey> ApiKeys { get; set; } = new List<ScenarioApiKey>();

    /// <summary>Agents and the processes each one holds.</summary>
    public IList<ScenarioAgent> Agents { get; set; } = new List<ScenarioAgent>();

    /// <summary>Faults injected on <c>/v2</c> routes from the start; null means none.</summary>
    public FaultSettings? Faults { get; set; }

    /// <summary>Largest file the fake S3 upload route accepts; larger uploads get 413.</summary>
    public long UploadSizeLimitBytes { get; set; } = DefaultUploadSizeLimitBytes;

    /// <summary>
    /// When true, list-runs items carry outputs like GET /v2/runs/{run_id} does. The documented list example
    /// shows <c>"outputs": null</c> on a Succeeded run, so the default is false.
    /// </summary>
    public bool ListIncludesOutputs { get; set; }

    /// <summary>
    /// The readings taken where the public docs are silent (list order and lag, status codes and words, time
    /// stamps, error bodies, ID and output-name shapes); null means the defaults. <see cref="KognitosEmulatorOptions.Variants"/>
    /// overrides it.
    /// </summary>
    public EmulatorVariants? Variants { get; set; }

    /// <summary>Sets the readings taken where the docs are silent.</summary>
    /// <returns>This scenario, for chaining.</returns>
    public EmulatorScenario WithVariants(EmulatorVariants variants)
    {
        Variants = variants;
        return this;
    }

    /// <summary>Adds an API key; with <paramref name="agentId"/> the key is scoped to that agent.</summary>
    /// <returns>This scenario, for chaining.</returns>
    public EmulatorScenario AddApiKey(string key, string? agentId = null)
    {
        ApiKeys.Add(new ScenarioApiKey { Key = key, AgentId = agentId });
        return this;
    }

    /// <summary>Adds an agent and lets <paramref name="configure"/> add its processes.</summary>
    /// <returns>This scenario, for chaining.</returns>
    public EmulatorScenario AddAgent(string agentId, Action<ScenarioAgent>? configure = null)
    {
        var agent = new ScenarioAgent { Id = agentId };
        configure?.Invoke(agent);
        Agents.Add(agent);
        return this;
    }

    /// <summary>Sets the faults injected from the start.</summary>
    /// <returns>This scenario, for chaining.</returns>
    public EmulatorScenario WithFaults(FaultSettings faults)
    {
        Faults = faults;
        return this;
    }

    /// <summary>Parses a scenario from JSON text. Structural errors throw <see cref="ScenarioException"/>.</summary>
    /// <param name="json">The scenario JSON.</param>
    /// <param name="sourceName">Names the source in error messages, e.g. a file path.</param>
    public static EmulatorScenario FromJson(string json, string sourceName = "scenario JSON")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var scenario = JsonSerializer.Deserialize(json, EmulatorJsonContext.Default.EmulatorScenario);
            return scenario ?? throw new ScenarioException(sourceName, ["the document is null; expected an object"]);
        }
        catch (JsonException ex)
        {
            throw new ScenarioException(sourceName, [DescribeJsonError(ex)], ex);
        }
    }

    /// <summary>Reads and parses a scenario file. Missing files and bad JSON throw <see cref="ScenarioException"/>.</summary>
    public static EmulatorScenario LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ScenarioException(path, [$"cannot read the file: {ex.Message}"], ex);
        }

        return FromJson(json, path);
    }

    /// <summary>The demo scenario embedded in the emulator (the same file as samples/emulator/demo.json).</summary>
    public static EmulatorScenario Demo()
    {
        using var stream = typeof(EmulatorScenario).Assembly.GetManifestResourceStream(DemoResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{DemoResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd(), "embedded demo scenario");
    }

    private static string DescribeJsonError(JsonException ex)
    {
        // The serializer's text is written for .NET readers; keep the position, say the rest in scenario terms.
        var message = ex.Message;
        var pathSuffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (pathSuffix >= 0)
            message = message[..pathSuffix];
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
            message = "unknown member (see docs/emulator.md for the scenario format)";
        else if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
            message = "the value has the wrong type or is not one of the allowed values";

        var where = ex.Path is null ? "the document" : ex.Path;
        var line = ex.LineNumber is { } l ? $" (line {l + 1}, position {ex.BytePositionInLine + 1})" : string.Empty;
        return $"{where}{line}: {message}";
    }

}
