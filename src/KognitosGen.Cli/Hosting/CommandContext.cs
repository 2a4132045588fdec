using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace KognitosGen.Cli;

/// <summary>One command's invocation: its parsed options, its environment, and the client built from both.</summary>
internal sealed class CommandContext(ParseResult parse, GlobalOptions options, CliEnvironment environment)
{
    public const string AgentVariable = "KOGNITOS_AGENT_ID";

    public ParseResult Parse { get; } = parse;

    public CliEnvironment Environment { get; } = environment;

    public TextWriter Output => Environment.Output;

    public bool Json => Parse.GetValue(options.Json);

    public T? Value<T>(Option<T> option) => Parse.GetValue(option);

    /// <summary>The agents named by <c>--agent</c>, else <c>KOGNITOS_AGENT_ID</c>; empty when neither is given.</summary>
    public IReadOnlyList<string> Agents()
    {
        var named = (Parse.GetValue(options.Agent) ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (named.Count > 0)
            return named;
        return Environment.Variable(AgentVariable) is { } fromEnvironment ? [fromEnvironment] : [];
    }

    /// <summary>The one agent a command works on.</summary>
    public string Agent()
    {
        var agents = Agents();
        return agents.Count switch
        {
            0 => throw new CliException(ExitCodes.Configuration, $"no agent: pass --agent or set {AgentVariable}."),
            1 => agents[0],
            _ => throw new CliException(ExitCodes.Usage, "this command works on one agent; pass --agent once."),
        };
    }

    /// <summary>The API root from <c>--base-url</c>/<c>--region</c>, else the environment; null when nothing names one.</summary>
    public Uri? ExplicitBaseUrl()
    {
        var text = Parse.GetValue(options.BaseUrl) ?? Environment.Variable(KognitosClientOptions.BaseUrlEnvironmentVariable);
        if (text is not null)
        {
            return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
                ? url
                : throw new CliException(ExitCodes.Configuration, $"the base URL '{text}' is not an absolute http(s) URL.");
        }

        return RegionOrNull() is { } region ? ApiRoots.ForRegion(region) : null;
    }

    /// <summary>A client for the API these options name, with the key from the key file or <c>KOGNITOS_API_KEY</c>.</summary>
    public KognitosClient CreateClient()
    {
        var settings = new KognitosClientOptions { ApiKey = ApiKey() };
        if (ExplicitBaseUrl() is { } url)
            settings.BaseUrl = url;
        try
        {
            return new KognitosClient(settings);
        }
        catch (ArgumentException refused)
        {
            throw new CliException(ExitCodes.Configuration, refused.Message);
        }
    }

    private KognitosRegion? RegionOrNull()
    {
        var fromOption = Parse.GetValue(options.Region);
        var text = fromOption ?? Environment.Variable(KognitosClientOptions.RegionEnvironmentVariable);
        if (text is null)
            return null;
        if (Enum.TryParse<KognitosRegion>(text, ignoreCase: true, out var region) && GlobalOptions.Regions.Contains(text, StringComparer.OrdinalIgnoreCase))
            return region;
        throw new CliException(fromOption is null ? ExitCodes.Configuration : ExitCodes.Usage,
            $"{(fromOption is null ? KognitosClientOptions.RegionEnvironmentVariable : "--region")} must be US, EU or UK, not '{text}'.");
    }

    private string ApiKey()
    {
        var file = Parse.GetValue(options.ApiKeyFile);
        if (file is null)
        {
            return Environment.Variable(KognitosClientOptions.ApiKeyEnvironmentVariable)
                ?? throw new CliException(ExitCodes.Configuration, $"no API key: set {KognitosClientOptions.ApiKeyEnvironmentVariable} or pass --api-key-file.");
        }

        string key;
        try
        {
            key = File.ReadAllText(file).Trim();
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.Configuration, $"cannot read the API key file '{file}': {unreadable.Message}");
        }

        return key.Length > 0 ? key : throw new CliException(ExitCodes.Configuration, $"the API key file '{file}' is empty.");
    }
}
