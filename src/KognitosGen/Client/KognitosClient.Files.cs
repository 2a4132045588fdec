using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Transport;
using KognitosGen.Validation;

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
        _uploads.CreateSlotAsync(fileName, agentId, budget: null, cancellationToken);

    /// <summary>
    /// Uploads a file's bytes to the presigned target of <paramref name="upload"/>: every upload field verbatim,
    /// then the <c>file</c> part, streamed. The API key is not sent to the storage endpoint.
    /// </summary>
    /// <param name="upload">The target from <see cref="CreateFileAsync"/>.</param>
    /// <param name="file">The bytes to send.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    /// <remarks>Sent once unless the failure proves it never left; <see cref="UploadFileAsync"/> and typed runs send it again after transient failures.</remarks>
    public Task UploadFileContentAsync(KognitosFileUpload upload, KognitosFile file, CancellationToken cancellationToken = default) =>
        _uploads.UploadContentAsync(upload, file, processId: null, stage: null, ResendRule.OnlyIfNotSent, cancellationToken);

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
        return _uploads.UploadRunFileAsync(file, agentId, processId: null, stage: null, cancellationToken);
    }
}
