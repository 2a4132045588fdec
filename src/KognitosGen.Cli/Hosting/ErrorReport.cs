using System;
using System.IO;
using KognitosGen.Cli.SchemaLock;

namespace KognitosGen.Cli;

/// <summary>Turns any failure into one line and an exit code: users see what went wrong, never a stack trace.</summary>
internal static class ErrorReport
{
    public static (int ExitCode, string Message) Describe(Exception exception) => exception switch
    {
        CliException cli => (cli.ExitCode, cli.Message),
        SchemaLockException lockError => (ExitCodes.LockFile, "the schema lock cannot be read: " + lockError.Message),
        KognitosWaitTimeoutException timeout => (ExitCodes.WaitTimedOut,
            $"run {timeout.Run.Id} was still {timeout.Run.StatusText} after {Durations.Format(timeout.Timeout)}; it goes on in Kognitos"),
        KognitosApiException api => DescribeApi(api),
        OperationCanceledException => (ExitCodes.Cancelled, "cancelled"),
        FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException =>
            (ExitCodes.LocalFile, exception.Message),
        _ => (ExitCodes.Unexpected, $"unexpected {exception.GetType().Name}: {exception.Message}"),
    };

    /// <summary>Writes the failure as <c>kognitos: error: ...</c> on one line and returns its exit code.</summary>
    public static int Write(Exception exception, TextWriter error)
    {
        var (exitCode, message) = Describe(exception);
        error.WriteLine("kognitos: error: " + OneLine(message));
        return exitCode;
    }

    public static string OneLine(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Trim();

    private static (int, string) DescribeApi(KognitosApiException api)
    {
        var call = $"{api.Method} {api.Path}";
        var said = string.IsNullOrWhiteSpace(api.ErrorMessage) ? "" : ": " + api.ErrorMessage;
        return api switch
        {
            { StatusCode: 401 } => (ExitCodes.Authentication, $"the API key was refused (401 on {call}){said}"),
            { StatusCode: 403 } => (ExitCodes.Authentication, $"the API key may not do this (403 on {call}){said}"),
            { StatusCode: 404 } => (ExitCodes.NotFound, $"not found (404 on {call}){said}"),
            { Kind: KognitosFailureKind.Network or KognitosFailureKind.Timeout } =>
                (ExitCodes.Network, $"no answer from the API ({call}): {api.Message}"),
            { StatusCode: > 0 } => (ExitCodes.ApiError, $"the API answered {api.StatusCode} on {call}{said}"),
            _ => (ExitCodes.ApiError, $"{call} failed: {api.Message}"),
        };
    }
}
