using System;
using System.Net.Http;

namespace KognitosGen.Transport;

/// <summary>One logical call: what to send, how to name it in traces and errors, and when it may be re-sent.</summary>
/// <param name="Operation">The activity name, for example <c>kognitos.runs.get</c>.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path without query, as errors and traces report it.</param>
/// <param name="Resend">When a failed attempt may be sent again.</param>
/// <param name="CreateRequest">Builds a fresh request for each attempt, since a sent request cannot be sent again.</param>
internal sealed record ApiCall(string Operation, HttpMethod Method, string Path, ResendRule Resend, Func<HttpRequestMessage> CreateRequest)
{
    /// <summary>A resource ID to tag the activity with, such as the run ID.</summary>
    public (string Tag, string Value)? ResourceTag { get; init; }

    /// <summary>
    /// The retry budget of the step this call is one attempt of (a typed run start, a typed run's file), shared with
    /// the step's own re-sends; null for a call that is a step by itself, which gets a budget of its own.
    /// </summary>
    public RetryBudget? Budget { get; init; }

    /// <summary>
    /// An error status whose body is nonetheless this call's answer (a health check's 503 saying its status): when it
    /// returns true for the status and body, the body is read as a success's would be, neither thrown nor retried.
    /// </summary>
    public Func<int, ReadOnlyMemory<byte>, bool>? ReadsErrorAnswer { get; init; }
}
