using System.Threading;
using KognitosGen.Cli;

using var cancellation = new CancellationTokenSource();
System.Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops the command cleanly (exit 130); a second one ends the process.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};
return await KognitosCli.InvokeAsync(args, CliEnvironment.FromProcess(), cancellation.Token);
