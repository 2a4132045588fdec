using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.RunStart;
using KognitosGen.Transport;
using KognitosGen.Uploads;
using KognitosGen.Validation;
using KognitosGen.Waiting;
using KognitosGen.Wire;

namespace KognitosGen;

/// <summary>
/// A typed client for the Kognitos REST API v2: health, processes, runs, files, waiting for runs, and typed
/// runs of <see cref="IKognitosProcess"/> classes. Thread-safe; create one and reuse it.
/// </summary>
public sealed partial class KognitosClient : IDisposable
{
    /// <summary>The name of the <see cref="System.Diagnostics.ActivitySource"/> that traces every call.</summary>
    public const string ActivitySourceName = "KognitosGen";

    /// <summary>
    /// The name of the <see cref="System.Diagnostics.Metrics.Meter"/> that measures calls, retries, typed runs and
    /// uploads; the same as <see cref="ActivitySourceName"/>.
    /// </summary>
    public const string MeterName = "KognitosGen";

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly KognitosClientOptions _options;
    private readonly RequestPipeline _pipeline;
    private readonly ApiConnection _api;
    private readonly RunEndpoints _runs;
    private readonly RunStarter _starter;
    private readonly RunFileUploads _uploads;
    private readonly TypedStarter _typedStarter;
    private readonly RunWatchRegistry _runWatches;

    /// <summary>A client configured from the environment (<see cref="KognitosClientOptions.FromEnvironment"/>).</summary>
    public KognitosClient()
        : this(KognitosClientOptions.FromEnvironment())
    {
    }

    /// <summary>A client with its own <see cref="HttpClient"/>.</summary>
    /// <param name="options">The settings; copied, so later changes do not affect this client.</param>
    public KognitosClient(KognitosClientOptions options)
        : this(options, null)
    {
    }

    /// <summary>A client over a caller-owned <see cref="HttpClient"/> (for example one from IHttpClientFactory).</summary>
    /// <param name="options">The settings; copied, so later changes do not affect this client.</param>
    /// <param name="httpClient">The HTTP client to send through; not disposed by this client. Its
    /// <see cref="HttpClient.BaseAddress"/> is used when <see cref="KognitosClientOptions.BaseUrl"/> is null.</param>
    public KognitosClient(KognitosClientOptions options, HttpClient? httpClient)
    {
        _options = RequiredArgument.NotNull(options, nameof(options)).Clone();
        OptionRules.ThrowIfAny(OptionRules.Check(_options, out var apiKey), "KognitosClientOptions.", nameof(options));
        var key = apiKey!.Trim();
        _options.ApiKey = null;
        BaseAddress = ApiEndpoint.Resolve(_options, httpClient?.BaseAddress);
        _ownsHttp = httpClient is null;
        _http = httpClient ?? CreateOwnHttpClient();
        _pipeline = RequestPipeline.Create(_http, _options, key);
        _api = new ApiConnection(_pipeline, BaseAddress, key);
        _runs = new RunEndpoints(_api);
        _starter = new RunStarter(_runs, _options);
        _uploads = new RunFileUploads(_api, _options);
        _typedStarter = new TypedStarter(_starter, _uploads, _options);
        _runWatches = new RunWatchRegistry(_runs, _options.TimeProvider);
    }

    /// <summary>The API root this client calls; request paths such as <c>v2/runs</c> are relative to it.</summary>
    public Uri BaseAddress { get; }

    /// <summary>How many shared polling loops run now, one per process with runs waited on (zero when nothing waits).</summary>
    internal int ActiveRunWatches => _runWatches.ActiveWatches;

    /// <summary>How many waits the shared polling loops hold now (zero when nothing waits).</summary>
    internal int WaitsInRunWatches => _runWatches.Waiters;

    /// <summary>How many requests the client's throttle lets through at once now.</summary>
    internal int ThrottleLimit => _pipeline.ThrottleLimit;

    /// <summary>Whether every request of the client now waits out a pause the server asked for.</summary>
    internal bool ThrottlePaused => _pipeline.ThrottlePaused;

    /// <summary>The polling settings waits use unless given their own.</summary>
    public KognitosPollingOptions DefaultPolling => _options.Polling.Clone();

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsHttp)
            _http.Dispose();
    }

    /// <summary>Describes the client by its endpoint; never shows the API key.</summary>
    public override string ToString() => $"KognitosClient({BaseAddress})";

    private static HttpClient CreateOwnHttpClient()
    {
#if NET5_0_OR_GREATER
        // Recycle pooled connections so a long-lived client follows DNS changes.
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
#else
        return new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
#endif
    }

    private static string EscapePath(string segment) => ApiConnection.EscapePath(segment);
}
