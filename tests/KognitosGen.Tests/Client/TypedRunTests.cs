using KognitosGen.Tests.Infrastructure;
using KognitosGen.Wire;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Tests.Client;

/// <summary>The runtime's typed path: upload files, start with inputs, wait, bind outputs.</summary>
public sealed class TypedRunTests
{
    private const string Outputs = """[{"name": "the output total", "value": 99.5}, {"name": "the output vendor", "value": "ACME"}]""";

    /// <summary>A server that plays Kognitos for one run: files, start, two polls, success (or <paramref name="finalStatus"/>).</summary>
    private static async Task<LoopbackServer> KognitosForOneRun(string finalStatus = "Succeeded")
    {
        LoopbackServer? self = null;
        var polls = 0;
        var server = await LoopbackServer.StartAsync(context =>
        {
            var path = context.Request.Path.Value!;
            return (context.Request.Method, path) switch
            {
                ("POST", "/v2/files") => Responses.Json(context, $$"""
                    {"id": "file000000000000000000001", "file_name": "scan.pdf", "upload_url": "{{new Uri(self!.BaseAddress, "_s3/upload/1")}}",
                     "upload_http_method": "POST", "upload_http_headers": {}, "upload_fields": {"key": "k1", "policy": "p1"} }
                    """, 201),
                ("POST", "/_s3/upload/1") => Responses.Status(context, 204),
                ("POST", "/v2/runs") => Responses.Json(context, Responses.Run("run000000000000000000001", "Created"), 201),
                ("GET", "/v2/runs/run000000000000000000001") => Interlocked.Increment(ref polls) < 3
                    ? Responses.Json(context, Responses.Run("run000000000000000000001", "Running"))
                    : Responses.Json(context, Responses.Run("run000000000000000000001", finalStatus, finalStatus == "Succeeded" ? Outputs : "null")),
                _ => Responses.Error(context, 404, "unexpected " + path),
            };
        });
        self = server;
        return server;
    }

    [Fact]
    public async Task Run_uploads_files_starts_with_inputs_waits_and_binds_outputs()
    {
        await using var server = await KognitosForOneRun();
        using var client = server.CreateClient();
        var invoice = new HandWrittenInvoice
        {
            InvoiceNumber = "INV-42", Amount = 99.5m, Scan = KognitosFile.FromBytes("scan.pdf", [37, 80, 68, 70], "application/pdf"),
        };

        var result = await client.RunAsync(invoice);

        Assert.Same(invoice, result.Process);
        Assert.Equal(99.5m, invoice.Total);
        Assert.Equal("ACME", invoice.Vendor);
        Assert.Equal(KognitosRunStatus.Succeeded, result.Run.Status);
        var requests = server.Requests.ToArray();
        Assert.Equal(["POST /v2/files", "POST /_s3/upload/1", "POST /v2/runs"], requests.Take(3).Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal("""{"file_name":"scan.pdf","agent_id":"a7xm2kp9qwj3v5nh8t4c6r1e9z"}""", requests[0].BodyText);
        Assert.Matches(
            """^\{"name":"to process the invoices \[kg-[0-9a-z]{10}\]","process_id":"b4fznghynbdemslfd5k044fgd","agent_id":"a7xm2kp9qwj3v5nh8t4c6r1e9z","stage":"Published","inputs":\[\{"name":"invoice number","value":"INV-42"\},\{"name":"amount","value":99.5\}\],"file_ids":\["file000000000000000000001"\]\}$""",
            requests[2].BodyText);
    }

    [Fact]
    public async Task Start_options_override_name_ids_and_stage()
    {
        await using var server = await KognitosForOneRun();
        using var client = server.CreateClient();

        var handle = await client.StartAsync(
            new HandWrittenInvoice { InvoiceNumber = "INV-7" },
            new KognitosStartOptions { RunName = "Invoice INV-7", AgentId = "agent2", ProcessId = "proc2", Stage = KognitosStage.Draft });

        Assert.Equal("run000000000000000000001", handle.RunId);
        Assert.Matches(
            """^\{"name":"Invoice INV-7 \[kg-[0-9a-z]{10}\]","process_id":"proc2","agent_id":"agent2","stage":"Draft","inputs":\[""",
            Assert.Single(server.Requests).BodyText);
        Assert.DoesNotContain("file_ids", server.Requests.Single().BodyText);
    }

    [Fact]
    public async Task A_run_that_fails_throws_with_the_run_and_binds_nothing()
    {
        await using var server = await KognitosForOneRun("Failed");
        using var client = server.CreateClient();
        var invoice = new HandWrittenInvoice { InvoiceNumber = "INV-9" };

        var error = await Assert.ThrowsAsync<KognitosRunFailedException>(() => client.RunAsync(invoice));

        Assert.Equal(KognitosRunStatus.Failed, error.Run.Status);
        Assert.Equal("run000000000000000000001", error.Run.Id);
        Assert.Equal(0m, invoice.Total);
        Assert.Null(invoice.Vendor);
    }

    [Fact]
    public async Task A_process_without_an_agent_id_is_refused_before_sending()
    {
        await using var server = await KognitosForOneRun();
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "x", Descriptor = HandWrittenInvoice.Shape(agentId: null) }));

        Assert.Contains("no agent ID", error.Message);
        Assert.Contains("KognitosAgentId", error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_process_without_a_process_id_is_refused_before_sending()
    {
        await using var server = await KognitosForOneRun();
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "x", Descriptor = HandWrittenInvoice.Shape(processId: null) }));

        Assert.Contains("no process ID", error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Attach_binds_a_run_started_elsewhere()
    {
        await using var server = await KognitosForOneRun();
        using var client = server.CreateClient();
        var invoice = new HandWrittenInvoice { InvoiceNumber = "INV-42" };

        var handle = await client.AttachAsync(invoice, "run000000000000000000001");
        var result = await handle.WaitAsync();

        Assert.Equal(99.5m, result.Process.Total);
        Assert.All(server.Requests, r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task A_long_process_name_is_cut_so_that_name_and_token_fit_the_100_character_limit()
    {
        await using var server = await KognitosForOneRun();
        using var client = server.CreateClient();
        var longName = new string('n', 150);
        var process = new HandWrittenInvoice
        {
            InvoiceNumber = "x",
            Descriptor = new KognitosProcessDescriptor(longName, "a", "p", KognitosStage.Published, [], [], []),
        };

        await client.StartAsync(process);

        // 84 characters, a space, and the 15-character [kg-xxxxxxxxxx] tag: exactly 100.
        Assert.Matches($$"""^\{"name":"{{new string('n', 84)}} \[kg-[0-9a-z]{10}\]","process_id":"p",""", Assert.Single(server.Requests).BodyText);
        Assert.DoesNotContain("inputs", server.Requests.Single().BodyText);
    }
}
