namespace KognitosGen.Tests.Infrastructure;

/// <summary>
/// A retry handler of one's own, as users write them: sends the same request again after any exception or 5xx, up
/// to three times, whatever its method. Counts the POST attempts that reach it.
/// </summary>
internal sealed class NaiveRetryHandler : DelegatingHandler
{
    private int _postAttempts;

    public int PostAttempts => Volatile.Read(ref _postAttempts);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (request.Method == HttpMethod.Post)
                Interlocked.Increment(ref _postAttempts);
            try
            {
                var response = await base.SendAsync(request, cancellationToken);
                if ((int)response.StatusCode < 500 || attempt == 3)
                    return response;
                response.Dispose();
            }
            catch (Exception) when (attempt < 3 && !cancellationToken.IsCancellationRequested)
            {
            }
        }
    }
}
