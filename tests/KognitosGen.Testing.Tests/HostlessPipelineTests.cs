using System.Net;
using System.Text.Json;
using KognitosGen.Emulator;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KognitosGen.Testing.Tests;

/// <summary>
/// An emulator given an in-memory server runs its pipeline without a host until a real address is asked for: every
/// kind of route (API, admin, unmatched, web UI with its session cookie, route constraints) answers in memory as it
/// does over the socket, and the socket's host, built later, shares the same state both ways.
/// </summary>
public sealed class HostlessPipelineTests
{
    private const string Key = "hostless-key";

    [Fact]
    public async Task Every_kind_of_route_answers_in_memory_without_a_listener()
    {
        var (server, emulator) = await StartInMemoryAsync();
        await using var _ = emulator;
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Add("x-api-key", Key);

        using (var health = await http.GetAsync("/v2/health"))
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using (var counters = await http.GetAsync("/_emulator/counters"))
        {
            Assert.Equal(HttpStatusCode.OK, counters.StatusCode);
            using var json = JsonDocument.Parse(await counters.Content.ReadAsStringAsync());
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        }

        // The catch-all of /v2 (an ErrorModel body), and a real path asked with another method (405 with Allow).
        using (var unmatched = await http.GetAsync("/v2/no-such-route"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unmatched.StatusCode);
            Assert.Contains("no v2 endpoint 'GET /v2/no-such-route'", await unmatched.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var wrongMethod = await http.DeleteAsync("/v2/runs"))
        {
            Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod.StatusCode);
            Assert.NotEmpty(wrongMethod.Content.Headers.Allow);
        }

        // Outside /v2 and the UI: the pipeline's end, an empty 404.
        using (var nowhere = await http.GetAsync("/nothing-here"))
            Assert.Equal(HttpStatusCode.NotFound, nowhere.StatusCode);

        Assert.False(emulator.IsListening);
    }

    [Fact]
    public async Task The_web_UI_signs_in_and_serves_its_pages_in_memory()
    {
        var (server, emulator) = await StartInMemoryAsync();
        await using var _ = emulator;
        using var browser = server.CreateClient();

        using (var style = await browser.GetAsync("/ui/assets/emulator.css"))
        {
            Assert.Equal(HttpStatusCode.OK, style.StatusCode);
            Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);
        }

        using (var anonymous = await browser.GetAsync("/"))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        using var signIn = await browser.PostAsync("/ui/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = Key, ["return"] = "/ui/processes" }));
        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie")).Split(';')[0];

        browser.DefaultRequestHeaders.Add("Cookie", cookie);
        using (var processes = await browser.GetAsync("/ui/processes"))
            Assert.Equal(HttpStatusCode.OK, processes.StatusCode);
        // A route with a constraint ({index:int}): a run that does not exist is the UI's 404, not the pipeline's end.
        using (var file = await browser.GetAsync("/ui/runs/no-such-run/files/0"))
        {
            Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
            Assert.Equal("text/html", file.Content.Headers.ContentType?.MediaType);
        }

        Assert.False(emulator.IsListening);
    }

    [Fact]
    public async Task A_run_started_over_the_socket_is_seen_in_memory_with_the_same_counters()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Returns(new KognitosOutputs<Invoice> { [p => p.Total] = 5m });
        var options = new KognitosClientOptions();
        kognitos.ConfigureClientOptions(options);
        using var socketClient = new KognitosClient(options);

        var overSocket = await new Invoice { InvoiceNumber = "INV-S", Amount = 1m }.RunAsync(socketClient);
        var inMemory = await kognitos.Client.GetRunAsync(overSocket.Run.Id);
        await new Invoice { InvoiceNumber = "INV-M", Amount = 1m }.RunAsync(kognitos.Client);

        Assert.Equal(overSocket.Run.Id, inMemory.Id);
        Assert.Equal(["INV-S", "INV-M"], kognitos.RunsOf<Invoice>().Select(r => r.Input(p => p.InvoiceNumber)).ToArray());
        Assert.Equal(2, kognitos.Emulator.Counters.RequestsFor("POST", "/v2/runs"));
    }

    [Fact]
    public async Task A_listener_that_cannot_bind_fails_the_read_and_leaves_the_in_memory_server_serving()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var server = new TestServer(new ServiceCollection().BuildServiceProvider());
        await using var emulator = await KognitosEmulator.StartAsync(new EmulatorScenario().AddApiKey(Key),
            new KognitosEmulatorOptions { InMemoryServer = server, Urls = [$"http://127.0.0.1:{port}"] });

        Assert.ThrowsAny<IOException>(() => emulator.BaseAddress);

        Assert.False(emulator.IsListening);
        using var http = server.CreateClient();
        http.DefaultRequestHeaders.Add("x-api-key", Key);
        using var health = await http.GetAsync("/v2/health");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    // The emulator stops and disposes the server with itself.
    private static async Task<(TestServer Server, KognitosEmulator Emulator)> StartInMemoryAsync()
    {
        var server = new TestServer(new ServiceCollection().BuildServiceProvider());
        return (server, await KognitosEmulator.StartAsync(new EmulatorScenario().AddApiKey(Key), new KognitosEmulatorOptions { InMemoryServer = server }));
    }
}
