using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Cli.Commands;

namespace KognitosGen.Cli;

/// <summary>The <c>kognitos</c> command tree, and its one entry point for the real process and for tests.</summary>
internal static class KognitosCli
{
    /// <summary>Parses <paramref name="args"/>, runs the command, and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    public static async Task<int> InvokeAsync(IReadOnlyList<string> args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        if (CliVersion.IsAlone(args))
        {
            environment.Output.WriteLine(CliVersion.Text);
            return ExitCodes.Success;
        }

        var root = BuildRoot(environment);
        var parse = root.Parse(args);
        if (parse.Action is not { ClearsParseErrors: true } && UsageProblems.Describe(parse) is { } problem)
        {
            environment.Error.WriteLine($"kognitos: error: {problem} (see '{UsageProblems.PathOf(parse.CommandResult)} --help')");
            return ExitCodes.Usage;
        }

        try
        {
            var configuration = new InvocationConfiguration
            {
                Output = environment.Output,
                Error = environment.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception failure)
        {
            return ErrorReport.Write(failure, environment.Error);
        }
    }

    /// <summary>The root command with every subcommand; built per invocation because actions capture the environment.</summary>
    public static RootCommand BuildRoot(CliEnvironment environment)
    {
        var options = new GlobalOptions();
        var root = new RootCommand(
            "kognitos: the Kognitos REST API v2 from the command line. List and start runs, pull the schema lock "
            + "(kognitos.schema.json), scaffold typed process classes, export Postman and .http files. The API key comes "
            + "from KOGNITOS_API_KEY or --api-key-file, never from the command line.");
        options.AddTo(root);
        var factory = new CommandFactory(options, environment);
        root.Add(HealthCommand.Create(factory));
        root.Add(ProcessesCommand.Create(factory));
        root.Add(RunsCommand.Create(factory));
        root.Add(RunCommand.Create(factory));
        root.Add(PullCommand.Create(factory));
        root.Add(ScaffoldCommand.Create(factory));
        root.Add(ExportCommand.Create(factory));
        root.Add(RecordCommand.Create(factory));
        root.Add(RecordingCommand.Create(factory));
        return root;
    }
}
