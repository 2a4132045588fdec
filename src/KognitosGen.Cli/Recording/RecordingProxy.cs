using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Recording;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KognitosGen.Cli.Recording;

/// <summary>
/// <c>kognitos record</c>'s proxy: Kestrel on the listen URLs, every request forwarded to the upstream, the recording
/// written through the one writer as it grows and once more when the proxy stops.
/// </summary>
internal sealed class RecordingProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http;
    private readonly RecordingFlusher _flusher;
    private int _disposed;

    private RecordingProxy(WebApplication app, HttpClient http, RecordingSession session, RecordingFlusher flusher, Uri baseAddress)
    {
        _app = app;
        _http = http;
        Session = session;
        _flusher = flusher;
        BaseAddress = baseAddress;
    }

    /// <summary>The first address listened on, with a trailing slash: the <c>KOGNITOS_BASE_URL</c> to give the client.</summary>
    public Uri BaseAddress { get; }

    public RecordingSession Session { get; }

    /// <summary>Why the recording stopped being written (a value the writer refused, a disk error); null while all is well.</summary>
    public Exception? Failure => _flusher.Failure;

    /// <exception cref="ArgumentException">A redaction rule is malformed.</exception>
    public static async Task<RecordingProxy> StartAsync(RecordingProxyOptions options, CancellationToken cancellationToken = default)
    {
        var redaction = new RecordingRedaction(options.RedactFacts, options.RedactPaths);
        var session = new RecordingSession();
        var http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        { Timeout = Timeout.InfiniteTimeSpan };
        var upstream = options.Upstream.AbsoluteUri.EndsWith('/') ? options.Upstream : new Uri(options.Upstream.AbsoluteUri + "/");
        var forwarder = new ProxyForwarder(upstream, http, session, redaction, options.IncludeFiles);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls([.. options.Listen]);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = null;
        });
        var app = builder.Build();
        app.Run(forwarder.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            http.Dispose();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The recorder started but reports no listening address.");
        var flusher = new RecordingFlusher(session, new RecordingWriter(redaction), options.RecordingPath, options.FlushInterval);
        return new RecordingProxy(app, http, session, flusher, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>Writes what was recorded so far (the flusher does so on its own too).</summary>
    public Task FlushAsync() => _flusher.FlushAsync();

    /// <summary>Stops listening, then writes the recording a last time.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
        }
        finally
        {
            await _app.DisposeAsync();
            await _flusher.DisposeAsync();
            _http.Dispose();
        }
    }
}
