using System;
using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>The command line: <c>[--scenario PATH] [--urls URL[;URL]] [--api-key KEY]... [--help]</c>.</summary>
internal sealed record CommandLineOptions(string? ScenarioPath, IReadOnlyList<string> Urls, IReadOnlyList<string> ApiKeys, bool ShowHelp)
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public const string Usage = """
        Usage: KognitosGen.Emulator [--scenario PATH] [--urls URL[;URL...]] [--api-key KEY]...

          --scenario PATH   scenario JSON file (default: the embedded demo scenario)
          --urls URLS       where to listen (default: http://127.0.0.1:5080)
          --api-key KEY     add an organisation-scoped API key (repeatable)
          --help            show this help
        """;

    /// <exception cref="FormatException">An unknown option or a missing value.</exception>
    public static CommandLineOptions Parse(IReadOnlyList<string> args)
    {
        string? scenario = null;
        var urls = new List<string>();
        var keys = new List<string>();
        var help = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var (name, inlineValue) = Split(arg);
            switch (name)
            {
                case "--scenario":
                    scenario = inlineValue ?? Next(args, ref i, name);
                    break;
                case "--urls":
                    urls.AddRange((inlineValue ?? Next(args, ref i, name))
                        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "--api-key":
                    keys.Add(inlineValue ?? Next(args, ref i, name));
                    break;
                case "--help" or "-h" or "-?":
                    help = true;
                    break;
                default:
                    throw new FormatException($"unknown option '{arg}'");
            }
        }

        if (urls.Count == 0)
            urls.Add(DefaultUrl);
        return new CommandLineOptions(scenario, urls, keys, help);
    }

    private static (string Name, string? Value) Split(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return arg.StartsWith("--", StringComparison.Ordinal) && equals > 0
            ? (arg[..equals], arg[(equals + 1)..])
            : (arg, null);
    }

    private static string Next(IReadOnlyList<string> args, ref int i, string name)
    {
        if (i + 1 >= args.Count || string.IsNullOrWhiteSpace(args[i + 1]))
            throw new FormatException($"option '{name}' needs a value");
        return args[++i];
    }
}
