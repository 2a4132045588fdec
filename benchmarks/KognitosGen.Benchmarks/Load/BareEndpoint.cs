using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KognitosGen.Benchmarks.Load;

/// <summary>The load goal's limit: Kestrel with one route, <c>GET /v2/runs/{id}</c>, answering fixed bytes and nothing else.</summary>
public sealed class BareEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareEndpoint(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<BareEndpoint> StartAsync(byte[] body)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        var app = builder.Build();
        app.MapGet("/v2/runs/{run_id}", context =>
        {
            context.Response.ContentType = "application/json";
            context.Response.ContentLength = body.Length;
            return context.Response.Body.WriteAsync(body).AsTask();
        });
        await app.StartAsync().ConfigureAwait(false);
        return new BareEndpoint(app, new Uri(app.Urls.First() + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
