using System;

namespace KognitosGen.Binding;

/// <summary>
/// Where each item of a run's outputs array has its name and its value, noted while the client read the run (it
/// walks the items anyway to check their shape), so that binding compares names and reads values without
/// tokenizing the array a second time. Offsets are into the run's own JSON (its raw body, or its item of a page).
/// </summary>
internal sealed class OutputItemIndex
{
    // Four numbers an item: name start, name length (bitwise complement when the name has escapes), value start,
    // value length (0 when the item has no value). Made once, at its final size, by OutputItemIndexBuilder.
    private readonly int[] _entries;

    internal OutputItemIndex(int[] entries, int count)
    {
        _entries = entries;
        Count = count;
    }

    public int Count { get; }

    /// <summary>The item's name (between its quotes, as written) and whether it has escapes.</summary>
    public (int Start, int Length, bool Escaped) Name(int item)
    {
        var length = _entries[item * 4 + 1];
        return length < 0 ? (_entries[item * 4], ~length, true) : (_entries[item * 4], length, false);
    }

    /// <summary>The item's value; length 0 when it has none.</summary>
    public (int Start, int Length) Value(int item) => (_entries[item * 4 + 2], _entries[item * 4 + 3]);
}
