using KognitosGen.Tests.Infrastructure;

namespace KognitosGen.Tests.DependencyInjection;

/// <summary>Sets AddKognitos's options to <see cref="TestOptions.Fast"/>'s millisecond delays against a test server.</summary>
public static class FastKognitosOptions
{
    public static void Apply(KognitosClientOptions options, Uri baseAddress, string apiKey)
    {
        var fast = TestOptions.Fast(baseAddress, apiKey);
        options.BaseUrl = fast.BaseUrl;
        options.ApiKey = fast.ApiKey;
        options.RequestTimeout = fast.RequestTimeout;
        options.Retry = fast.Retry;
        options.Polling = fast.Polling;
    }
}
