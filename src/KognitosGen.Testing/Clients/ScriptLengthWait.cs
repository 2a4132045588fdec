using System;

namespace KognitosGen.Testing;

/// <summary>
/// How long the test server's clients wait on a run: as long as any script runs, so a test that scripts a long run
/// is not cut off by the library's 30-minute default, while a timeout the test chose is kept.
/// </summary>
internal static class ScriptLengthWait
{
    /// <summary>The library's default wait, the one value read as "not chosen".</summary>
    private static readonly TimeSpan LibraryDefault = new KognitosPollingOptions().Timeout;

    /// <summary>
    /// Raises <paramref name="options"/>' wait timeout to <see cref="KognitosTestServer.WaitTimeout"/> when it is still
    /// the library's default (also after <c>options.Polling = new()</c>); any other value is the test's and stays.
    /// </summary>
    public static void Apply(KognitosClientOptions options)
    {
        if (options.Polling is { } polling && polling.Timeout == LibraryDefault)
            polling.Timeout = KognitosTestServer.WaitTimeout;
    }
}
