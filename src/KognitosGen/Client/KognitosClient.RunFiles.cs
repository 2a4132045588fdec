using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Telemetry;
using KognitosGen.Timing;
using KognitosGen.Transport;

namespace KognitosGen;

public sealed partial class KognitosClient
{
    /// <summary>
    /// A run's file: its upload slot (<c>POST /v2/files</c>) and its bytes, each step riding out transient failures
    /// within one retry budget of its own. A slot refused (429, 503) or whose answer was lost (a dropped connection, a
    /// timeout, 502, 504) is asked for again: a slot created but never answered is never named in a run, and an unused
    /// upload slot costs nothing. The bytes are sent again to the same slot after a transient failure, which stores
    /// the same object again, unless they come from a stream that cannot be read twice.
    /// </summary>
    /// <returns>The file ID for the run's <c>file_ids</c>.</returns>
    private async Task<string> UploadRunFileAsync(KognitosFile file, string? agentId, string? processId, KognitosStage? stage, CancellationToken cancellationToken)
    {
        var upload = await CreateRunFileAsync(file.FileName, agentId, cancellationToken).ConfigureAwait(false);
        var resend = file.CanBeReadAgain ? ResendRule.Idempotent : ResendRule.OnlyIfNotSent;
        await UploadContentAsync(upload, file, processId, stage, resend, cancellationToken).ConfigureAwait(false);
        return upload.Id;
    }

    private async Task<KognitosFileUpload> CreateRunFileAsync(string fileName, string? agentId, CancellationToken cancellationToken)
    {
        var budget = new RetryBudget(_options.Retry, _options.TimeProvider);
        while (true)
        {
            KognitosApiException failure;
            try
            {
                return await SendCreateFileAsync(fileName, agentId, budget, cancellationToken).ConfigureAwait(false);
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
            await TimeProviderWaits.Delay(_options.TimeProvider, delay, cancellationToken).ConfigureAwait(false);
        }
    }
}
