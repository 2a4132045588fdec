using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KognitosGen.Cli.Tests;

/// <summary>A pull never writes a lock the build's reader would refuse, whatever the server lists.</summary>
public sealed class PullRefusalTests
{
    [Fact]
    public async Task A_process_listed_twice_by_the_server_is_refused_and_nothing_is_written()
    {
        // The emulator never lists one ID twice; the API's documentation does not say it cannot (a Draft and a
        // Published entry of one process), and the lock format holds each process ID once per agent.
        const string twice = """
            {"items": [
              {"id": "procsame00000000000000001", "name": "to draft", "agent_id": "agentpull00000000000000001", "stage": "Draft"},
              {"id": "procsame00000000000000001", "name": "to publish", "agent_id": "agentpull00000000000000001", "stage": "Published"}
            ], "continuation_token": null}
            """;
        await using var app = await ServeAsync(twice);
        var lockPath = Path.Combine(Path.GetTempPath(), "kognitos-pull-refusal-" + Guid.NewGuid().ToString("N") + ".json");
        var variables = new Dictionary<string, string>
        {
            ["KOGNITOS_API_KEY"] = "pull-refusal-key-6c2e",
            ["KOGNITOS_BASE_URL"] = Address(app),
            ["KOGNITOS_AGENT_ID"] = "agentpull00000000000000001",
        };

        var result = await Cli.RunAsync(variables, "pull", "-o", lockPath, "--runs", "0");

        Assert.Equal(8, result.ExitCode);
        Assert.Contains("the pulled lock would not be readable (agents[0].processes[1].id: the process 'procsame00000000000000001' is listed twice", result.Error);
        Assert.DoesNotContain("pull-refusal-key-6c2e", result.Error + result.Output);
        Assert.False(File.Exists(lockPath));
    }

    private static async Task<WebApplication> ServeAsync(string processes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Run(context =>
        {
            context.Response.ContentType = "application/json";
            return context.Request.Path.StartsWithSegments("/v2/processes")
                ? context.Response.WriteAsync(processes)
                : Results.NotFound().ExecuteAsync(context);
        });
        await app.StartAsync();
        return app;
    }

    private static string Address(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/";
}
