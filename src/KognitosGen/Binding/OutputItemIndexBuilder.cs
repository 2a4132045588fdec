using System;
using System.Buffers;

namespace KognitosGen.Binding;

/// <summary>
/// Gathers an <see cref="OutputItemIndex"/> in scratch space (the caller's stack, then a pooled array past it) and
/// makes the index once, at its final size: a run's outputs are counted only by reading them.
/// </summary>
internal ref struct OutputItemIndexBuilder
{
    /// <summary>How many numbers the index keeps per item; scratch space is a multiple of it.</summary>
    public const int EntriesPerItem = 4;

    private Span<int> _entries;
    private int[]? _pooled;
    private int _count;

    /// <param name="scratch">Where the first items go (for example 16 items' worth on the stack).</param>
    public OutputItemIndexBuilder(Span<int> scratch)
    {
        _entries = scratch;
        _pooled = null;
        _count = 0;
    }

    public void Add(int nameStart, int nameLength, bool nameEscaped, int valueStart, int valueLength)
    {
        var at = _count * EntriesPerItem;
        if (at + EntriesPerItem > _entries.Length)
            Grow();
        _entries[at] = nameStart;
        _entries[at + 1] = nameEscaped ? ~nameLength : nameLength;
        _entries[at + 2] = valueStart;
        _entries[at + 3] = valueLength;
        _count++;
    }

    /// <summary>The index of the items added; gives any pooled scratch back.</summary>
    public OutputItemIndex ToIndex()
    {
        var entries = _count == 0 ? Array.Empty<int>() : _entries.Slice(0, _count * EntriesPerItem).ToArray();
        if (_pooled is not null)
        {
            ArrayPool<int>.Shared.Return(_pooled);
            _pooled = null;
        }

        return new OutputItemIndex(entries, _count);
    }

    private void Grow()
    {
        var bigger = ArrayPool<int>.Shared.Rent(Math.Max(_entries.Length * 2, 16 * EntriesPerItem));
        _entries.Slice(0, _count * EntriesPerItem).CopyTo(bigger);
        if (_pooled is not null)
            ArrayPool<int>.Shared.Return(_pooled);
        _pooled = bigger;
        _entries = bigger;
    }
}
