using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace KognitosGen.Extensions.DependencyInjection;

/// <summary>
/// Logs each HTTP exchange of the Kognitos client: method, path, status and duration. It never logs headers,
/// query strings or bodies, so the API key and presigned upload signatures stay out of logs.
/// </summary>
public sealed partial class KognitosLoggingHandler : DelegatingHandler
{
    private readonly ILogger _logger;

    /// <summary>Logs through <paramref name="logger"/>.</summary>
    /// <param name="logger">Where the exchanges are logged.</param>
    public KognitosLoggingHandler(ILogger<KognitosLoggingHandler> logger) => _logger = logger;

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath ?? "";
        var clock = Stopwatch.StartNew();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
                LogExchange(request.Method.Method, path, status, clock.ElapsedMilliseconds);
            else
                LogFailedExchange(request.Method.Method, path, status, clock.ElapsedMilliseconds);
            return response;
        }
        // Network failures, and what the handlers inside this one throw: an open circuit, a timeout policy, the send-once guard.
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogNoResponse(request.Method.Method, path, clock.ElapsedMilliseconds, exception.GetType().Name, exception.Message);
            throw;
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Kognitos {Method} {Path} answered {StatusCode} in {ElapsedMs} ms")]
    private partial void LogExchange(string method, string path, int statusCode, long elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Kognitos {Method} {Path} answered {StatusCode} in {ElapsedMs} ms")]
    private partial void LogFailedExchange(string method, string path, int statusCode, long elapsedMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Kognitos {Method} {Path} got no response after {ElapsedMs} ms: {ErrorType}: {ErrorMessage}")]
    private partial void LogNoResponse(string method, string path, long elapsedMs, string errorType, string errorMessage);
}
