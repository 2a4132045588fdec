namespace KognitosGen.Cli;

/// <summary>What the <c>kognitos</c> exit code says; scripts branch on these, so they never change meaning.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>An error the tool did not expect (a bug); the message names it.</summary>
    public const int Unexpected = 1;

    /// <summary>The command line is wrong: an unknown option, a missing or malformed value, an unknown region.</summary>
    public const int Usage = 2;

    /// <summary>Settings are missing or unusable: no API key, an unreadable key file, no agent, a bad base URL.</summary>
    public const int Configuration = 3;

    /// <summary>The API refused the key (401 or 403).</summary>
    public const int Authentication = 4;

    /// <summary>The API does not know the agent, process or run (404), or the lock has no such process.</summary>
    public const int NotFound = 5;

    /// <summary>No answer: connection refused, DNS failure, dropped connection, request timeout.</summary>
    public const int Network = 6;

    /// <summary>The API answered with another error (for example 400, 429 or 5xx after retries) or an unreadable body.</summary>
    public const int ApiError = 7;

    /// <summary>The schema lock cannot be read: bad JSON, an unknown member, a wrong type, a newer version.</summary>
    public const int LockFile = 8;

    /// <summary>A local file problem: missing, unreadable, over the upload limit, or one the tool will not overwrite.</summary>
    public const int LocalFile = 9;

    /// <summary>The run ended Failed, Cancelled or TimedOut.</summary>
    public const int RunFailed = 10;

    /// <summary>The run was not finished within <c>--timeout</c>.</summary>
    public const int WaitTimedOut = 11;

    /// <summary><c>GET /v2/health</c> answered, but not OK.</summary>
    public const int Unhealthy = 12;

    /// <summary>Stopped by Ctrl+C.</summary>
    public const int Cancelled = 130;
}
