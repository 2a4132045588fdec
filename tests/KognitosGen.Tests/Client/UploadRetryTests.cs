using KognitosGen.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Tests.Client;

/// <summary>
/// The upload step of <see cref="KognitosClient.UploadFileAsync"/> (and of a typed run's files) rides out transient
/// storage failures by sending the same bytes to the same slot again, unless they come from a stream read once.
/// </summary>
public sealed class UploadRetryTests
{
    /// <summary>Answers file creations with a slot on itself and fails the first <paramref name="failures"/> uploads with <paramref name="status"/>.</summary>
    private static async Task<LoopbackServer> StorageFailingFirst(int failures, int status)
    {
        LoopbackServer? self = null;
        var uploads = 0;
        var server = await LoopbackServer.StartAsync(context =>
        {
            if (context.Request.Path == "/v2/files")
            {
                var target = new Uri(self!.BaseAddress, "_s3/upload/f7").ToString();
                return Responses.Json(context, $$"""{"id": "f7", "file_name": "scan.pdf", "upload_url": "{{target}}", "upload_http_method": "POST", "upload_http_headers": {}, "upload_fields": {"key": "k/f7"} }""", 201);
            }

            return Interlocked.Increment(ref uploads) <= failures ? Responses.Status(context, status) : Responses.Status(context, 204);
        });
        self = server;
        return server;
    }

    private static int Uploads(LoopbackServer server) => server.Requests.Count(r => r.Path == "/_s3/upload/f7");

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    [InlineData(504)]
    public async Task An_upload_answered_with_a_transient_status_is_sent_again_with_the_same_bytes(int status)
    {
        await using var server = await StorageFailingFirst(2, status);
        using var client = server.CreateClient();

        var id = await client.UploadFileAsync(KognitosFile.FromBytes("scan.pdf", [7, 8, 9]), "a7xm2kp9qwj3v5nh8t4c6r1e9z");

        Assert.Equal("f7", id);
        Assert.Equal(3, Uploads(server));
        var bodies = await Task.WhenAll(server.Requests.Where(r => r.Path == "/_s3/upload/f7").Select(MultipartPart.ParseAsync));
        Assert.All(bodies, parts => Assert.Equal([7, 8, 9], parts.Single(p => p.Name == "file").Content));
    }

    [Fact]
    public async Task An_upload_from_a_stream_that_cannot_be_read_twice_is_not_sent_again()
    {
        await using var server = await StorageFailingFirst(1, StatusCodes.Status503ServiceUnavailable);
        using var client = server.CreateClient();
        using var once = new ReadOnceStream([1, 2, 3]);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.UploadFileAsync(KognitosFile.FromStream("scan.pdf", once), "a7xm2kp9qwj3v5nh8t4c6r1e9z"));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(1, Uploads(server));
    }

    [Fact]
    public async Task An_upload_refused_for_good_is_not_sent_again()
    {
        await using var server = await StorageFailingFirst(5, StatusCodes.Status403Forbidden);
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.UploadFileAsync(KognitosFile.FromBytes("scan.pdf", [1]), "a7xm2kp9qwj3v5nh8t4c6r1e9z"));

        Assert.Equal(403, error.StatusCode);
        Assert.False(error.RequestMayHaveBeenProcessed);
        Assert.Equal(1, Uploads(server));
    }

    /// <summary>A stream that cannot seek: its bytes can be read once.</summary>
    private sealed class ReadOnceStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
