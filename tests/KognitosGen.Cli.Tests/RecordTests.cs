using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KognitosGen.Cli.Recording;
using KognitosGen.Emulator;
using KognitosGen.Recording;
using KognitosGen.Testing;

namespace KognitosGen.Cli.Tests;

/// <summary>
/// <c>kognitos record</c>'s proxy in front of the in-process emulator: calls pass through unchanged, the recording
/// holds the runs, statuses, outputs, files and errors, and never a key, a presigned URL or an upload field.
/// </summary>
public sealed class RecordTests
{
    [Fact]
    public async Task A_run_with_a_file_through_the_proxy_is_recorded_with_its_inputs_statuses_outputs_and_file_hash_and_no_secret()
    {
        await using var world = await TestWorld.StartAsync();
        var recording = world.PathOf("rec.json");
        var content = Encoding.UTF8.GetBytes("invoice scan bytes");
                var secrets = new Dictionary<string, string> { ["API key"] = TestWorld.ApiKey };

        await using (var proxy = await StartProxyAsync(world, recording))
        {
            var files = new FileAnswerCapture();
            using var client = new KognitosClient(new KognitosClientOptions { BaseUrl = proxy.BaseAddress, ApiKey = TestWorld.ApiKey },
                new HttpClient(files));
            var fileId = await client.UploadFileAsync(KognitosFile.FromBytes("scan.pdf", content), TestWorld.AgentId);
            var started = await client.CreateRunAsync(new KognitosCreateRunRequest
            {
                Name = "recorded",
                AgentId = TestWorld.AgentId,
                ProcessId = TestWorld.InvoiceProcess,
                Inputs = [Input("note", "\"hello\""), Input("invoice number", "\"INV-7\"")],
                FileIds = [fileId],
            });
            var done = await client.WaitForCompletionAsync(started.Id, new KognitosPollingOptions { InitialInterval = TimeSpan.FromMilliseconds(5), MaxInterval = TimeSpan.FromMilliseconds(10) });
            Assert.Equal("ACME", done.Outputs.Single(o => o.Name == "vendor").Value.GetString());

            // What the client got is what the proxy saw, but for the upload URL it rewrote: the real one is the emulator's.
            using var answer = JsonDocument.Parse(Assert.Single(files.Bodies));
            Assert.StartsWith(proxy.BaseAddress.ToString(), answer.RootElement.GetProperty("upload_url").GetString(), StringComparison.Ordinal);
            secrets["presigned host and path"] = world.Emulator.BaseAddress.Authority + "/_s3";
            foreach (var field in answer.RootElement.GetProperty("upload_fields").EnumerateObject().Where(f => f.Name is not "Content-Type" and not "key"))
                secrets["upload field " + field.Name] = field.Value.GetString()!;
        }

        var document = RecordingReader.ReadFile(recording);
        var run = Assert.Single(document.Runs);
        Assert.Equal(TestWorld.InvoiceProcess, run.ProcessId);
        Assert.Equal(201, run.StartStatusCode);
        Assert.Equal(world.Emulator.Runs.Single().Id, run.RunId);
        Assert.Equal(["invoice number", "note"], run.Inputs.Select(i => i.Name));
        Assert.Equal("INV-7", run.Inputs[0].Value.GetString());
        var file = Assert.Single(run.Files);
        Assert.Equal("scan.pdf", file.Name);
        Assert.Equal(content.Length, file.Size);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)), file.Sha256);
        Assert.Null(file.ContentBase64);
        Assert.Equal("Created", run.Statuses[0].Status);
        Assert.Equal("Succeeded", run.Statuses[^1].Status);
        Assert.True(run.Statuses[^1].AtMs >= 20, $"the run reads Succeeded 20 ms after its start, recorded at {run.Statuses[^1].AtMs} ms");
        Assert.Equal("INV-7", run.Outputs!.Single(o => o.Name == "invoice_number").Value.GetString());
        Assert.Equal(["scan.pdf"], run.Outputs!.Single(o => o.Name == "files").Value.EnumerateArray().Select(v => v.GetString()));
        Assert.Empty(RecordingSecretScan.Hits(recording, secrets));
    }

    [Fact]
    public async Task Error_answers_and_dropped_connections_are_recorded_with_their_headers_and_without_the_key()
    {
        await using var world = await TestWorld.StartAsync();
        var recording = world.PathOf("errors.json");
        await using (var proxy = await StartProxyAsync(world, recording))
        {
            using var http = new HttpClient { BaseAddress = proxy.BaseAddress };
            world.Emulator.Faults = new FaultSettings { Seed = 1, RateLimitRate = 1, RetryAfterSeconds = 3, Paths = ["/v2/processes"] };
            using var limited = new HttpRequestMessage(HttpMethod.Get, $"v2/processes?agent_id={TestWorld.AgentId}");
            limited.Headers.Add("x-api-key", TestWorld.ApiKey);
            limited.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "bearer-token-for-the-scan-77");
            using var answer = await http.SendAsync(limited);
            Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(3), answer.Headers.RetryAfter?.Delta);

            world.Emulator.Faults = new FaultSettings { Seed = 1, DropBeforeHandlingRate = 1, Paths = ["/v2/runs"] };
            using var dropped = new HttpRequestMessage(HttpMethod.Post, "v2/runs")
            {
                Content = new StringContent($$"""{"name":"n","agent_id":"{{TestWorld.AgentId}}","process_id":"{{TestWorld.InvoiceProcess}}","stage":"Published","inputs":[{"name":"secret","value":"{{TestWorld.ApiKey}}"}]}""", Encoding.UTF8, "application/json"),
            };
            dropped.Headers.Add("x-api-key", TestWorld.ApiKey);
            await Assert.ThrowsAsync<HttpRequestException>(() => http.SendAsync(dropped));
            world.Emulator.Faults = FaultSettings.None;

            using var unknown = new HttpRequestMessage(HttpMethod.Get, "v2/runs/nosuchrun000000000000000");
            unknown.Headers.Add("x-api-key", TestWorld.ApiKey);
            Assert.Equal(HttpStatusCode.NotFound, (await http.SendAsync(unknown)).StatusCode);
        }

        var document = RecordingReader.ReadFile(recording);
        var limitedError = document.Errors.Single(e => e.StatusCode == 429);
        Assert.Equal("/v2/processes", limitedError.Path);
        Assert.Equal("3", limitedError.Header("Retry-After"));
        Assert.StartsWith("application/json", limitedError.Header("Content-Type"), StringComparison.Ordinal);
        Assert.Contains(document.Errors, e => e.Dropped && e.Path == "/v2/runs");
        Assert.Contains(document.Errors, e => e.StatusCode == 404 && e.Body.Contains("not found", StringComparison.OrdinalIgnoreCase));
        var droppedRun = Assert.Single(document.Runs);
        Assert.Equal(0, droppedRun.StartStatusCode);
        Assert.Null(droppedRun.RunId);
        Assert.Equal(RecordingRedaction.Replacement, droppedRun.Inputs.Single().Value.GetString());
        Assert.Empty(RecordingSecretScan.Hits(recording, new Dictionary<string, string>
        {
            ["API key"] = TestWorld.ApiKey,
            ["bearer token"] = "bearer-token-for-the-scan-77",
        }));
    }

    [Fact]
    public async Task The_user_s_fact_and_path_rules_replace_values_and_a_bad_path_is_refused()
    {
        await using var world = await TestWorld.StartAsync();
        var recording = world.PathOf("rules.json");
        await using (var proxy = await StartProxyAsync(world, recording, facts: ["invoice number"], paths: ["$.runs[*].name"]))
        {
            var variables = world.VariablesWith(("KOGNITOS_BASE_URL", proxy.BaseAddress.ToString()));
            var result = await Cli.RunAsync(variables, "run", "--process", TestWorld.InvoiceProcess, "--input", "invoice number=INV-SECRET-1",
                "--name", "customer Jane Doe", "--wait");
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        var text = File.ReadAllText(recording);
        Assert.DoesNotContain("INV-SECRET-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane Doe", text, StringComparison.Ordinal);
        var run = Assert.Single(RecordingReader.ReadFile(recording).Runs);
        Assert.Equal(RecordingRedaction.Replacement, run.Name);
        Assert.Equal(RecordingRedaction.Replacement, run.Inputs.Single(i => i.Name == "invoice number").Value.GetString());
        Assert.Equal(RecordingRedaction.Replacement, run.Outputs!.Single(o => o.Name == "invoice_number").Value.GetString());

        var refused = await world.RunAsync("record", "--upstream", world.Emulator.BaseAddress.ToString(), "--listen", "http://127.0.0.1:0",
            "--to", world.PathOf("never.json"), "--redact-path", "runs[*]");
        Assert.Equal(ExitCodes.Usage, refused.ExitCode);
        Assert.Contains("must start with '$'", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(world.PathOf("never.json")));
    }

    [Fact]
    public async Task The_record_command_listens_until_cancelled_then_writes_the_file_and_exits_0()
    {
        await using var world = await TestWorld.StartAsync();
        var recording = world.PathOf("command.json");
        var output = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment(_ => null, TextWriter.Synchronized(output), TextWriter.Null, isInteractive: false);
        using var stop = new CancellationTokenSource();
        var port = FreePort();
        var recorder = KognitosCli.InvokeAsync(["record", "--upstream", world.Emulator.BaseAddress.ToString(), "--listen", $"http://127.0.0.1:{port}", "--to", recording],
            environment, stop.Token);

        using var client = new KognitosClient(new KognitosClientOptions { BaseUrl = new Uri($"http://127.0.0.1:{port}/"), ApiKey = TestWorld.ApiKey });
        await WaitUntilListeningAsync(port);
        var processes = new List<KognitosProcessInfo>();
        await foreach (var process in client.ListProcessesAsync(TestWorld.AgentId))
            processes.Add(process);
        Assert.Equal(4, processes.Count);
        await stop.CancelAsync();

        Assert.Equal(ExitCodes.Success, await recorder);
        var document = RecordingReader.ReadFile(recording);
        Assert.Equal(4, document.Processes.Count);
        Assert.Contains($"KOGNITOS_BASE_URL=http://127.0.0.1:{port}/", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("0 run(s)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_upstream_is_a_usage_error()
    {
        await using var world = await TestWorld.StartAsync();
        var result = await world.RunAsync("record", "--upstream", "mars", "--to", world.PathOf("r.json"));
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("--upstream must be US, EU, UK or an absolute http(s) URL, not 'mars'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recording_becomes_a_lock_and_a_scenario_the_emulator_serves()
    {
        await using var world = await TestWorld.StartAsync();
        var recording = world.PathOf("rec.json");
        await using (var proxy = await StartProxyAsync(world, recording))
        {
            var variables = world.VariablesWith(("KOGNITOS_BASE_URL", proxy.BaseAddress.ToString()));
            Assert.Equal(0, (await Cli.RunAsync(variables, "processes")).ExitCode);
            Assert.Equal(0, (await Cli.RunAsync(variables, "run", "--process", TestWorld.InvoiceProcess, "--input", "invoice number=INV-1", "--wait")).ExitCode);
        }

        var pull = await Cli.RunAsync(new Dictionary<string, string>(), "pull", "--from", recording, "-o", world.PathOf("kognitos.schema.json"));
        Assert.True(pull.ExitCode == 0, pull.ToString());
        var lockText = File.ReadAllText(world.PathOf("kognitos.schema.json"));
        Assert.Contains("\"vendor\"", lockText, StringComparison.Ordinal);
        Assert.Contains("to summarize customer feedback", lockText, StringComparison.Ordinal);
        Assert.Contains("no run of \"to take all day\"", pull.Output, StringComparison.Ordinal);

        var convert = await Cli.RunAsync(new Dictionary<string, string>(), "recording", "to-scenario", recording, "--out", world.PathOf("scenario.json"));
        Assert.True(convert.ExitCode == 0, convert.ToString());
        await using var served = await KognitosEmulator.StartFromFileAsync(world.PathOf("scenario.json"));
        using var client = new KognitosClient(new KognitosClientOptions { BaseUrl = served.BaseAddress, ApiKey = RecordingScenario.PlaceholderKey });
        var run = await client.CreateRunAsync(new KognitosCreateRunRequest { Name = "again", AgentId = TestWorld.AgentId, ProcessId = TestWorld.InvoiceProcess });
        var done = await client.WaitForCompletionAsync(run.Id, new KognitosPollingOptions { InitialInterval = TimeSpan.FromMilliseconds(20) });
        Assert.Equal(KognitosRunStatus.Succeeded, done.Status);
        Assert.Equal("ACME", done.Outputs.Single(o => o.Name == "vendor").Value.GetString());
        Assert.Equal("INV-1", done.Outputs.Single(o => o.Name == "invoice_number").Value.GetString());

        var again = await Cli.RunAsync(new Dictionary<string, string>(), "recording", "to-scenario", recording, "--out", world.PathOf("scenario.json"));
        Assert.Equal(ExitCodes.LocalFile, again.ExitCode);
        var unreadable = await Cli.RunAsync(new Dictionary<string, string>(), "pull", "--from", world.PathOf("scenario.json"), "-o", world.PathOf("x.json"));
        Assert.Equal(ExitCodes.LocalFile, unreadable.ExitCode);
        Assert.Contains("not a recording", unreadable.Error, StringComparison.Ordinal);
    }

    private static Task<RecordingProxy> StartProxyAsync(TestWorld world, string recording, string[]? facts = null, string[]? paths = null) =>
        RecordingProxy.StartAsync(new RecordingProxyOptions
        {
            Upstream = world.Emulator.BaseAddress,
            RecordingPath = recording,
            RedactFacts = facts ?? [],
            RedactPaths = paths ?? [],
        });

    private static KognitosNameValue Input(string name, string json) => new() { Name = name, Value = JsonDocument.Parse(json).RootElement.Clone() };

    /// <summary>Keeps the bodies of the <c>POST /v2/files</c> answers the client gets.</summary>
    private sealed class FileAnswerCapture() : DelegatingHandler(new HttpClientHandler())
    {
        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath == "/v2/files")
                Bodies.Add(await response.Content.ReadAsStringAsync(cancellationToken));
            return response;
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitUntilListeningAsync(int port)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                using var socket = new System.Net.Sockets.TcpClient();
                await socket.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(25);
            }
        }

        throw new TimeoutException($"the recorder never listened on port {port}");
    }
}
