using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;

namespace KognitosGen.Emulator;

/// <summary>
/// The command line, on System.CommandLine as the <c>kognitos</c> tool's is (same help, same errors, tab
/// completion): <c>[--scenario PATH] [--urls URL[;URL]] [--api-key KEY]... [--replay RECORDING [--replay-match exact|process]
/// [--replay-ignore-input NAME]...]</c>.
/// </summary>
internal sealed record CommandLineOptions(string? ScenarioPath, IReadOnlyList<string> Urls, IReadOnlyList<string> ApiKeys,
    string? ReplayPath = null, ReplayMatch ReplayMatch = ReplayMatch.Exact, IReadOnlyList<string>? IgnoredInputs = null)
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private static readonly Option<string?> ScenarioOption = new("--scenario")
    {
        Description = "The scenario JSON file: API keys, agents, processes and what their runs return (default: the embedded demo scenario).",
        HelpName = "path",
    };

    private static readonly Option<string> UrlsOption = new("--urls")
    {
        Description = "Where to listen, several separated by ';' (port 0 picks a free one).",
        HelpName = "urls",
        DefaultValueFactory = _ => DefaultUrl,
    };

    private static readonly Option<string[]> ApiKeysOption = new("--api-key")
    {
        Description = "An organisation-scoped API key to accept besides the scenario's (repeatable).",
        HelpName = "key",
    };

    private static readonly Option<string?> ReplayOption = new("--replay")
    {
        Description = "A recording (kognitos record) to replay: its processes are served, and their runs play as recorded. "
            + "Without --scenario and --api-key, any non-empty key is accepted.",
        HelpName = "recording",
    };

    private static readonly Option<ReplayMatch> ReplayMatchOption = new("--replay-match")
    {
        Description = "Which recorded run a start plays: Exact (same inputs and file names) or ProcessOnly (any run of the process).",
        HelpName = "rule",
        DefaultValueFactory = _ => ReplayMatch.Exact,
    };

    private static readonly Option<string[]> IgnoredInputsOption = new("--replay-ignore-input")
    {
        Description = "An input the Exact rule does not compare (repeatable).",
        HelpName = "name",
    };

    /// <summary>The root command; <paramref name="serve"/> runs with the options read from the command line.</summary>
    public static RootCommand Command(Func<CommandLineOptions, System.Threading.CancellationToken, System.Threading.Tasks.Task<int>> serve)
    {
        var root = new RootCommand(
            "The Kognitos REST API v2 emulator: serves a scenario's agents, processes and runs on loopback until Ctrl+C, "
            + "with the same paths, JSON and errors as Kognitos. Admin routes (/_emulator/faults, /_emulator/counters) "
            + "take an API key of the scenario.");
        root.Add(ScenarioOption);
        root.Add(UrlsOption);
        root.Add(ApiKeysOption);
        root.Add(ReplayOption);
        root.Add(ReplayMatchOption);
        root.Add(IgnoredInputsOption);
        root.SetAction((parse, cancellationToken) => serve(From(parse), cancellationToken));
        return root;
    }

    private static CommandLineOptions From(ParseResult parse)
    {
        var urls = (parse.GetValue(UrlsOption) ?? DefaultUrl)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new CommandLineOptions(
            parse.GetValue(ScenarioOption),
            urls.Length == 0 ? [DefaultUrl] : urls,
            (parse.GetValue(ApiKeysOption) ?? []).Where(key => !string.IsNullOrWhiteSpace(key)).ToList(),
            parse.GetValue(ReplayOption),
            parse.GetValue(ReplayMatchOption),
            parse.GetValue(IgnoredInputsOption) ?? []);
    }
}
