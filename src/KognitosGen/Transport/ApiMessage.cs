using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;

namespace KognitosGen.Transport;

/// <summary>
/// The state of one logical call as it passes through the <see cref="RequestPipeline"/>'s policies: the call, the
/// caller's token, the call's activity and retry budget, and the current attempt's request, guard record, answer and
/// body. One per call, reused by every attempt of it.
/// </summary>
internal sealed class ApiMessage
{
    public ApiMessage(ApiCall call, CancellationToken cancellationToken)
    {
        Call = call;
        CancellationToken = cancellationToken;
        AttemptCancellation = cancellationToken;
    }

    /// <summary>What to send, and when it may be re-sent.</summary>
    public ApiCall Call { get; }

    /// <summary>The caller's token: the whole call stops when it fires.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The call's activity, when anyone listens.</summary>
    public Activity? Activity { get; set; }

    /// <summary>The retry budget the call's attempts spend (the step's, or the call's own).</summary>
    public RetryBudget? Budget { get; set; }

    /// <summary>How many attempts have begun.</summary>
    public int Attempts { get; set; }

    /// <summary>The current attempt's token: the caller's, linked with the attempt's timeout.</summary>
    public CancellationToken AttemptCancellation { get; set; }

    /// <summary>The current attempt's request, once built.</summary>
    public HttpRequestMessage? Request { get; set; }

    /// <summary>What the send-once guard saw of the current attempt's request.</summary>
    public RequestAttempts? RequestAttempts { get; set; }

    /// <summary>The current attempt's answer, once its headers arrived.</summary>
    public HttpResponseMessage? Response { get; set; }

    /// <summary>The current attempt's body, read whole within the size cap.</summary>
    public ReadOnlyMemory<byte> Body { get; set; }

    /// <summary>The call's result, once an attempt succeeded.</summary>
    public ApiResponse Result { get; set; }

    /// <summary>Disposes the current attempt's request and answer, and clears them for the next attempt.</summary>
    public void EndAttempt()
    {
        Response?.Dispose();
        Request?.Dispose();
        Response = null;
        Request = null;
        RequestAttempts = null;
        Body = default;
        AttemptCancellation = CancellationToken;
    }
}
