using System;

namespace KognitosGen;

/// <summary>
/// Thrown by <see cref="KognitosSendOnceHandler"/> when a handler of the HttpClient pipeline (a retry or hedging
/// policy) tries to send a run start, file creation or upload again after an attempt that may have reached the
/// server. Client calls never throw it: they report the first attempt's failure as a
/// <see cref="KognitosApiException"/> with this exception as its inner exception, and a typed run start looks the run
/// up before starting it again. Its inner exception, when there is one, is the first attempt's failure.
/// </summary>
public sealed class KognitosResendRefusedException : Exception
{
    internal KognitosResendRefusedException(string method, string path, string firstAttempt, Exception? firstFailure)
        : base(
            $"KognitosGen refused to send {method} {path} again: a handler in the HttpClient pipeline tried to repeat a request that is " +
            $"not safe to repeat, and its first attempt, which may have reached Kognitos, {firstAttempt}. The client handles that failure " +
            "itself (a typed run start looks the run up before starting it again); turn the handler's retries off for unsafe methods, " +
            "for example with HttpRetryStrategyOptions.DisableForUnsafeHttpMethods().",
            firstFailure)
    {
        Method = method;
        Path = path;
    }

    /// <summary>The HTTP method of the refused request.</summary>
    public string Method { get; }

    /// <summary>The path of the refused request, without its query string.</summary>
    public string Path { get; }
}
