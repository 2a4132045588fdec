using KognitosGen.Tests.Infrastructure;
using KognitosGen.Wire;

namespace KognitosGen.Tests.Client;

/// <summary>The presigned upload: every field verbatim, the file part last, streamed, no API key.</summary>
public sealed class UploadTests
{
    private static KognitosFileUpload UploadTo(LoopbackServer server, string method = "POST", Dictionary<string, string>? headers = null) => new()
    {
        Id = "f1", FileName = "invoice 42.pdf",
        UploadUrl = new Uri(server.BaseAddress, "_s3/upload/f1?X-Signature=abc").ToString(),
        UploadHttpMethod = method,
        UploadFields = new Dictionary<string, string>
        {
            ["key"] = "uploads/agent/f1/invoice 42.pdf",
            ["AWSAccessKeyId"] = "AKIAIOSFODNN7EXAMPLE",
            ["x-amz-security-token"] = "token+/=",
            ["policy"] = "eyJleHBpcmF0aW9uIjoi",
            ["signature"] = "c2lnbmF0dXJl",
            ["Content-Type"] = "application/pdf",
        },
        UploadHttpHeaders = headers ?? new Dictionary<string, string>(),
    };

    [Fact]
    public async Task Fields_are_sent_verbatim_in_order_and_the_file_part_last()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Status(c, 204));
        using var client = server.CreateClient();
        var bytes = Enumerable.Range(0, 5000).Select(i => (byte)(i % 251)).ToArray();
        var upload = UploadTo(server);

        await client.UploadFileContentAsync(upload, KognitosFile.FromBytes("local.pdf", bytes, "application/pdf"));

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/_s3/upload/f1", request.Path);
        Assert.Equal("?X-Signature=abc", request.Query);
        Assert.Null(request.Header("x-api-key"));
        Assert.Equal(request.Body.Length, request.ContentLength);
        var parts = await MultipartPart.ParseAsync(request);
        Assert.Equal(["key", "AWSAccessKeyId", "x-amz-security-token", "policy", "signature", "Content-Type", "file"], parts.Select(p => p.Name));
        foreach (var field in upload.UploadFields!)
            Assert.Equal(field.Value, parts.Single(p => p.Name == field.Key).Text);
        var file = parts[^1];
        Assert.Equal("invoice 42.pdf", file.FileName);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal(bytes, file.Content);
    }

    [Fact]
    public async Task Upload_headers_are_applied()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Status(c, 204));
        using var client = server.CreateClient();

        await client.UploadFileContentAsync(
            UploadTo(server, headers: new() { ["x-amz-meta-origin"] = "kognitosgen" }),
            KognitosFile.FromBytes("a.txt", [1]));

        Assert.Equal("kognitosgen", Assert.Single(server.Requests).Header("x-amz-meta-origin"));
    }

    [Fact]
    public async Task A_file_on_disk_is_streamed_with_its_length()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kognitosgen-upload-{Guid.NewGuid():N}.bin");
        var bytes = new byte[3 * 1024 * 1024];
        new Random(7).NextBytes(bytes);
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            await using var server = await LoopbackServer.StartAsync(c => Responses.Status(c, 204));
            using var client = server.CreateClient();

            await client.UploadFileContentAsync(UploadTo(server), KognitosFile.FromPath(path));

            var request = Assert.Single(server.Requests);
            Assert.NotNull(request.ContentLength);
            Assert.Null(request.Header("Transfer-Encoding"));
            var file = (await MultipartPart.ParseAsync(request))[^1];
            Assert.Equal("application/octet-stream", file.ContentType);
            Assert.Equal(bytes, file.Content);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_caller_owned_stream_is_read_from_its_position_and_left_open()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Status(c, 204));
        using var client = server.CreateClient();
        using var stream = new MemoryStream([9, 9, 1, 2, 3]) { Position = 2 };

        await client.UploadFileContentAsync(UploadTo(server), KognitosFile.FromStream("s.bin", stream));

        Assert.True(stream.CanRead);
        Assert.Equal([1, 2, 3], (await MultipartPart.ParseAsync(Assert.Single(server.Requests)))[^1].Content);
    }

    [Fact]
    public async Task A_presigned_put_sends_the_raw_bytes()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Status(c, 200));
        using var client = server.CreateClient();

        await client.UploadFileContentAsync(UploadTo(server, method: "PUT"), KognitosFile.FromBytes("a.txt", [7, 8, 9], "text/plain"));

        var request = Assert.Single(server.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal([7, 8, 9], request.Body);
        Assert.Equal("text/plain", request.ContentType);
    }

    [Fact]
    public async Task A_storage_error_keeps_its_xml_body()
    {
        const string xml = "<Error><Code>AccessDenied</Code><Message>Invalid according to Policy</Message></Error>";
        await using var server = await LoopbackServer.StartAsync(c =>
        {
            c.Response.StatusCode = 403;
            c.Response.ContentType = "application/xml";
            return Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(c.Response, xml);
        });
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() =>
            client.UploadFileContentAsync(UploadTo(server), KognitosFile.FromBytes("a.txt", [1])));

        Assert.Equal(403, error.StatusCode);
        Assert.Equal(xml, error.RawBody);
        Assert.Equal("/_s3/upload/f1", error.Path);
        Assert.DoesNotContain("X-Signature", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Upload_file_creates_the_target_then_uploads_and_returns_the_id()
    {
        LoopbackServer? self = null;
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            if (context.Request.Path == "/v2/files")
            {
                var target = new Uri(self!.BaseAddress, "_s3/upload/f9").ToString();
                return Responses.Json(context, $$"""{"id": "f9", "file_name": "report.csv", "upload_url": "{{target}}", "upload_http_method": "POST", "upload_http_headers": {}, "upload_fields": {"key": "k/f9", "policy": "p"} }""", 201);
            }

            return Responses.Status(context, 204);
        });
        self = server;
        using var client = server.CreateClient();

        var id = await client.UploadFileAsync(KognitosFile.FromBytes("report.csv", "a,b\n1,2\n"u8.ToArray(), "text/csv"), "a7xm2kp9qwj3v5nh8t4c6r1e9z");

        Assert.Equal("f9", id);
        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal("""{"file_name":"report.csv","agent_id":"a7xm2kp9qwj3v5nh8t4c6r1e9z"}""", requests[0].BodyText);
        var parts = await MultipartPart.ParseAsync(requests[1]);
        Assert.Equal(["key", "policy", "file"], parts.Select(p => p.Name));
        Assert.Equal("a,b\n1,2\n", parts[2].Text);
    }
}
