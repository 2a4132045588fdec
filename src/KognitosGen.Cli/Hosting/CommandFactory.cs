using System;
using System.CommandLine;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen.Cli;

/// <summary>Gives each subcommand its action with a <see cref="CommandContext"/> of the invocation.</summary>
internal sealed class CommandFactory(GlobalOptions options, CliEnvironment environment)
{
    public Command Command(string name, string description, Func<CommandContext, CancellationToken, Task<int>> action)
    {
        var command = new Command(name, description);
        command.SetAction((parse, cancellationToken) => action(new CommandContext(parse, options, environment), cancellationToken));
        return command;
    }
}
