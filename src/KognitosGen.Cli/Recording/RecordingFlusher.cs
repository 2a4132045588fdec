using System;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Recording;

namespace KognitosGen.Cli.Recording;

/// <summary>
/// Writes the session out through the one writer whenever it changed, at most once per interval, and once more at the
/// end. A write the writer refuses stops the recording (nothing half-redacted is ever written) and is kept in
/// <see cref="Failure"/>.
/// </summary>
internal sealed class RecordingFlusher : IAsyncDisposable
{
    private readonly RecordingSession _session;
    private readonly RecordingWriter _writer;
    private readonly string _path;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly SemaphoreSlim _writing = new(1, 1);
    private long _written = -1;

    public RecordingFlusher(RecordingSession session, RecordingWriter writer, string path, TimeSpan interval)
    {
        _session = session;
        _writer = writer;
        _path = path;
        _loop = LoopAsync(interval);
    }

    /// <summary>Why the recording stopped being written; null while all is well.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>Writes the recording now if it changed since the last write.</summary>
    public async Task FlushAsync()
    {
        await _writing.WaitAsync().ConfigureAwait(false);
        try
        {
            var version = _session.Version;
            if (Failure is not null || version == _written)
                return;
            _writer.WriteFile(_session.Snapshot(), _path);
            _written = version;
        }
        catch (Exception ex) when (ex is RecordingRedactionException or System.IO.IOException or UnauthorizedAccessException)
        {
            Failure = ex;
        }
        finally
        {
            _writing.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        await FlushAsync().ConfigureAwait(false);
        _stop.Dispose();
        _writing.Dispose();
    }

    private async Task LoopAsync(TimeSpan interval)
    {
        try
        {
            while (true)
            {
                await Task.Delay(interval, _stop.Token).ConfigureAwait(false);
                await FlushAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the final flush follows.
        }
    }
}
