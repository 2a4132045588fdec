using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Telemetry;
using KognitosGen.Transport;
using KognitosGen.Uploads;
using KognitosGen.Validation;
using KognitosGen.Wire;

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
    /// <remarks>
    /// Sent once, like <see cref="CreateRunAsync"/>, unless the failure proves it never left; a failure says with
    /// <see cref="KognitosApiException.RequestMayHaveBeenProcessed"/> whether a slot may have been created.
    /// <see cref="UploadFileAsync"/> and typed runs ask again themselves.
    /// </remarks>
    public Task<KognitosFileUpload> CreateFileAsync(string fileName, string? agentId = null, CancellationToken cancellationToken = default) =>
        SendCreateFileAsync(fileName, agentId, budget: null, cancellationToken);

    /// <summary>The file creation, as one attempt of a step with <paramref name="budget"/> when it is one.</summary>
    private Task<KognitosFileUpload> SendCreateFileAsync(string fileName, string? agentId, RetryBudget? budget, CancellationToken cancellationToken)
    {
        RequiredArgument.NotEmpty(fileName, nameof(fileName));
        var request = new KognitosCreateFileRequest { FileName = fileName, AgentId = string.IsNullOrWhiteSpace(agentId) ? null : agentId };
        var body = JsonSerializer.SerializeToUtf8Bytes(request, KognitosJsonContext.Default.KognitosCreateFileRequest);
        var call = _api.Post("kognitos.files.create", "v2/files", new ArraySegment<byte>(body)) with { Budget = budget };
        return _api.SendAsync(call, KognitosJsonContext.Default.KognitosFileUpload, "file resource", cancellationToken);
    }

    /// <summary>
    /// Uploads a file's bytes to the presigned target of <paramref name="upload"/>: every upload field verbatim,
    /// then the <c>file</c> part, streamed. The API key is not sent to the storage endpoint.
    /// </summary>
    /// <param name="upload">The target from <see cref="CreateFileAsync"/>.</param>
    /// <param name="file">The bytes to send.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <remarks>Sent once unless the failure proves it never left; <see cref="UploadFileAsync"/> and typed runs send it again after transient failures.</remarks>
    public Task UploadFileContentAsync(KognitosFileUpload upload, KognitosFile file, CancellationToken cancellationToken = default) =>
        UploadContentAsync(upload, file, processId: null, stage: null, ResendRule.OnlyIfNotSent, cancellationToken);

    /// <summary>
    /// The upload, its size measured with the typed run's process and stage when it is for one; <paramref name="resend"/>
    /// says whether a transient failure sends it again.
    /// </summary>
    private async Task UploadContentAsync(
        KognitosFileUpload upload, KognitosFile file, string? processId, KognitosStage? stage, ResendRule resend, CancellationToken cancellationToken)
    {
        RequiredArgument.NotNull(upload, nameof(upload));
        RequiredArgument.NotNull(file, nameof(file));
        if (!Uri.TryCreate(upload.UploadUrl, UriKind.Absolute, out var url))
            throw new ArgumentException($"The upload URL of file {upload.Id} is not an absolute URL.", nameof(upload));
        ApiEndpoint.EnsureSecure(url, "The upload URL");

        var method = string.IsNullOrWhiteSpace(upload.UploadHttpMethod) ? "POST" : upload.UploadHttpMethod.ToUpperInvariant();
        var sent = KognitosMetrics.CountsUploads ? new UploadByteCounter() : null;
        var call = new ApiCall("kognitos.files.upload", new HttpMethod(method), url.AbsolutePath, resend,
            () => UploadRequestFactory.Create(upload, url, file, sent)) { ResourceTag = ("kognitos.file_id", upload.Id) };
        await _api.SendAsync(call, cancellationToken).ConfigureAwait(false);
        if (sent is not null)
            KognitosMetrics.Uploaded(sent.Count, processId, stage);
    }

    /// <summary>
    /// Creates an upload target for <paramref name="file"/>, uploads it, and returns the file ID for <c>file_ids</c>,
    /// riding out transient failures as a typed run's files do (see <see cref="KognitosClient.StartAsync{TProcess}"/>).
    /// </summary>
    /// <param name="file">The file to upload.</param>
    /// <param name="agentId">The agent the file is for; may be null with an agent-scoped key.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    public Task<string> UploadFileAsync(KognitosFile file, string? agentId = null, CancellationToken cancellationToken = default)
    {
        RequiredArgument.NotNull(file, nameof(file));
        return UploadRunFileAsync(file, agentId, processId: null, stage: null, cancellationToken);
    }
}
