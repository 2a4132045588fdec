namespace KognitosGen.Tests.Infrastructure;

public static class TestOptions
{
    /// <summary>Options whose retry and polling delays are milliseconds, not seconds.</summary>
    public static KognitosClientOptions Fast(Uri baseAddress, string apiKey) => new()
    {
        BaseUrl = baseAddress,
        ApiKey = apiKey,
        RequestTimeout = TimeSpan.FromSeconds(10),
        Retry = new KognitosRetryOptions
        {
            MaxRetries = 3,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(5),
            MaxRetryAfter = TimeSpan.FromSeconds(5),
        },
        Polling = new KognitosPollingOptions
        {
            InitialInterval = TimeSpan.FromMilliseconds(5),
            MaxInterval = TimeSpan.FromMilliseconds(20),
            Timeout = TimeSpan.FromSeconds(10),
        },
    };
}
