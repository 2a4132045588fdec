using System.Collections.Concurrent;
using KognitosGen.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KognitosGen.Tests.Infrastructure;

/// <summary>
/// A scripted HTTP server on a free loopback port, for client behaviour the emulator does not produce on demand
/// (exact status sequences, malformed bodies, proxies' HTML pages). Records every request it receives.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    public const string ApiKey = "test-key-5f1c9a7e2b";

    private readonly WebApplication _app;
    private int _count;

    private LoopbackServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>The number of requests the handler has started on; the handler sees it as its attempt number.</summary>
    public int Count => Volatile.Read(ref _count);

    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, int, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Run(async context =>
        {
            context.Request.EnableBuffering();
            using var copy = new MemoryStream();
            await context.Request.Body.CopyToAsync(copy);
            context.Request.Body.Position = 0;
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            server!.Requests.Enqueue(new RecordedRequest(
                context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "",
                headers, context.Request.ContentType, context.Request.ContentLength, copy.ToArray()));
            var attempt = Interlocked.Increment(ref server._count);
            await handler(context, attempt);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new LoopbackServer(app, new Uri(address + "/"));
        return server;
    }

    public static Task<LoopbackServer> StartAsync(Func<HttpContext, Task> handler) =>
        StartAsync((context, _) => handler(context));

    /// <summary>A client for this server with fast retries and polling, so tests spend no time sleeping.</summary>
    public KognitosClient CreateClient(Action<KognitosClientOptions>? configure = null)
    {
        var options = TestOptions.Fast(BaseAddress, ApiKey);
        configure?.Invoke(options);
        return new KognitosClient(options);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
