using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Telemetry;
using KognitosGen.Timing;
using KognitosGen.Transport;
using KognitosGen.Validation;
using KognitosGen.Wire;

namespace KognitosGen.Uploads;

/// <summary>
/// A client's file uploads: the upload slot (<c>POST /v2/files</c>), the bytes sent to it, and a run's file as both
/// steps, each riding out transient failures within one retry budget of its own.
/// </summary>
internal sealed class RunFileUploads
{
    private readonly ApiConnection _api;
    private readonly KognitosRetryOptions _retry;
    private readonly TimeProvider _time;

    public RunFileUploads(ApiConnection api, KognitosClientOptions options)
    {
        _api = api;
        _retry = options.Retry;
        _time = options.TimeProvider;
    }

    /// <summary>The file creation, as one attempt of a step with <paramref name="budget"/> when it is one.</summary>
    public Task<KognitosFileUpload> CreateSlotAsync(string fileName, string? agentId, RetryBudget? budget, CancellationToken cancellationToken)
    {
        RequiredArgument.NotEmpty(fileName, nameof(fileName));
        var request = new KognitosCreateFileRequest { FileName = fileName, AgentId = string.IsNullOrWhiteSpace(agentId) ? null : agentId };
        var body = JsonSerializer.SerializeToUtf8Bytes(request, KognitosJsonContext.Default.KognitosCreateFileRequest);
        var call = _api.Post("kognitos.files.create", "v2/files", new ArraySegment<byte>(body)) with { Budget = budget };
        return _api.SendAsync(call, KognitosJsonContext.Default.KognitosFileUpload, "file resource", cancellationToken);
    }

    /// <summary>
    /// The upload, its size measured with the typed run's process and stage when it is for one; <paramref name="resend"/>
    /// says whether a transient failure sends it again.
    /// </summary>
    public async Task UploadContentAsync(
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
    /// A run's file: its upload slot and its bytes. A slot refused (429, 503) or whose answer was lost (a dropped
    /// connection, a timeout, 502, 504) is asked for again: a slot created but never answered is never named in a run,
    /// and an unused upload slot costs nothing. The bytes are sent again to the same slot after a transient failure,
    /// which stores the same object again, unless they come from a stream that cannot be read twice.
    /// </summary>
    /// <returns>The file ID for the run's <c>file_ids</c>.</returns>
    public async Task<string> UploadRunFileAsync(KognitosFile file, string? agentId, string? processId, KognitosStage? stage, CancellationToken cancellationToken)
    {
        var upload = await CreateSlotRetryingAsync(file.FileName, agentId, cancellationToken).ConfigureAwait(false);
        var resend = file.CanBeReadAgain ? ResendRule.Idempotent : ResendRule.OnlyIfNotSent;
        await UploadContentAsync(upload, file, processId, stage, resend, cancellationToken).ConfigureAwait(false);
        return upload.Id;
    }

    private async Task<KognitosFileUpload> CreateSlotRetryingAsync(string fileName, string? agentId, CancellationToken cancellationToken)
    {
        var budget = new RetryBudget(_retry, _time);
        while (true)
        {
            KognitosApiException failure;
            try
            {
                return await CreateSlotAsync(fileName, agentId, budget, cancellationToken).ConfigureAwait(false);
            }
            catch (KognitosApiException exception) when (TransientFailure.Is(exception))
            {
                failure = exception;
            }
            catch (KognitosApiException exception)
            {
                throw budget.GaveUp(exception);
            }

            var delay = budget.DelayAfter(failure) ?? throw budget.GaveUp(failure);
            KognitosMetrics.Retried("kognitos.files.create", "POST", failure);
            await TimeProviderWaits.Delay(_time, delay, cancellationToken).ConfigureAwait(false);
        }
    }
}
