using System;
using System.Buffers;

namespace KognitosGen.Wire;

/// <summary>
/// A growable <see cref="IBufferWriter{T}"/> over arrays from the shared pool: a request body is written into it
/// and sent from it as it is, with no final copy.
/// </summary>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private byte[] _buffer;
    private int _written;

    public PooledBufferWriter(int initialCapacity = 512) => _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);

    /// <summary>What has been written.</summary>
    public ArraySegment<byte> Written => new(_buffer, 0, _written);

    public void Advance(int count)
    {
        if (count < 0 || count > _buffer.Length - _written)
            throw new ArgumentOutOfRangeException(nameof(count), count, "Advanced past the buffer's end.");
        _written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Gives the array back to the pool. Only when nothing can still be reading it: see <see cref="Abandon"/>.</summary>
    public void Dispose()
    {
        var buffer = _buffer;
        Abandon();
        if (buffer.Length > 0)
            ArrayPool<byte>.Shared.Return(buffer);
    }

    /// <summary>Lets the array go to the garbage collector instead of the pool, for a body a failed send may still be reading.</summary>
    public void Abandon()
    {
        _buffer = Array.Empty<byte>();
        _written = 0;
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _written >= needed)
            return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _written + needed));
        Buffer.BlockCopy(_buffer, 0, larger, 0, _written);
        if (_buffer.Length > 0)
            ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
