using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen;

public sealed partial class KognitosClient
{
    /// <summary>
    /// <c>POST /v2/files</c>: asks for an upload target. Upload the bytes with
    /// <see cref="UploadFileContentAsync"/>, then name <see cref="KognitosFileUpload.Id"/> in a run's <c>file_ids</c>.
    /// </summary>
    /// <param name="fileName">The file's name, 1 to 256 characters.</param>
    /// <param name="agentId">The agent the file is for; may be null with an agent-scoped key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<KognitosFileUpload> CreateFileAsync(string fileName, string? agentId = null, CancellationToken cancellationToken = default)
    {
        RequiredArgument.NotEmpty(fileName, nameof(fileName));
        var request = new KognitosCreateFileRequest { FileName = fileName, AgentId = string.IsNullOrWhiteSpace(agentId) ? null : agentId };
        var body = JsonSerializer.SerializeToUtf8Bytes(request, KognitosJsonContext.Default.KognitosCreateFileRequest);
        return SendAsync(Post("kognitos.files.create", "v2/files", new ArraySegment<byte>(body)), KognitosJsonContext.Default.KognitosFileUpload, "file resource", cancellationToken);
    }

    /// <summary>
    /// Uploads a file's bytes to the presigned target of <paramref name="upload"/>: every upload field verbatim,
    /// then the <c>file</c> part, streamed. The API key is not sent to the storage endpoint.
    /// </summary>
    /// <param name="upload">The target from <see cref="CreateFileAsync"/>.</param>
    /// <param name="file">The bytes to send.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    public Task UploadFileContentAsync(KognitosFileUpload upload, KognitosFile file, CancellationToken cancellationToken = default) =>
        UploadContentAsync(upload, file, processId: null, stage: null, cancellationToken);

    /// <summary>The upload, its size measured with the typed run's process and stage when it is for one.</summary>
    private async Task UploadContentAsync(KognitosFileUpload upload, KognitosFile file, string? processId, KognitosStage? stage, CancellationToken cancellationToken)
    {
        RequiredArgument.NotNull(upload, nameof(upload));
        RequiredArgument.NotNull(file, nameof(file));
        if (!Uri.TryCreate(upload.UploadUrl, UriKind.Absolute, out var url))
            throw new ArgumentException($"The upload URL of file {upload.Id} is not an absolute URL.", nameof(upload));
        ApiEndpoint.EnsureSecure(url, "The upload URL");

        var method = string.IsNullOrWhiteSpace(upload.UploadHttpMethod) ? "POST" : upload.UploadHttpMethod.ToUpperInvariant();
        var sent = KognitosMetrics.CountsUploads ? new UploadedBytes() : null;
        var call = new ApiCall("kognitos.files.upload", new HttpMethod(method), url.AbsolutePath, ResendRule.OnlyIfNotSent,
            () => UploadRequestFactory.Create(upload, url, file, sent)) { ResourceTag = ("kognitos.file_id", upload.Id) };
        await _pipeline.SendAsync(call, cancellationToken).ConfigureAwait(false);
        if (sent is not null)
            KognitosMetrics.Uploaded(sent.Count, processId, stage);
    }

    /// <summary>Creates an upload target for <paramref name="file"/>, uploads it, and returns the file ID for <c>file_ids</c>.</summary>
    /// <param name="file">The file to upload.</param>
    /// <param name="agentId">The agent the file is for; may be null with an agent-scoped key.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    public async Task<string> UploadFileAsync(KognitosFile file, string? agentId = null, CancellationToken cancellationToken = default)
    {
        RequiredArgument.NotNull(file, nameof(file));
        var upload = await CreateFileAsync(file.FileName, agentId, cancellationToken).ConfigureAwait(false);
        await UploadFileContentAsync(upload, file, cancellationToken).ConfigureAwait(false);
        return upload.Id;
    }
}
