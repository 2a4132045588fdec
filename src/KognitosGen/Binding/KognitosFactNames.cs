using System;
using System.ComponentModel;
using System.Text;

namespace KognitosGen.Binding;

/// <summary>
/// The loose form of a fact name under which an output still matches when no output has the exact name:
/// "the output total", "Total", "output_total" and "THE_OUTPUT-TOTAL" all become "total".
/// </summary>
/// <remarks>
/// The KognitosGen source generator computes the same normalisation at compile time (to report properties whose
/// fact names collide). The two must agree character for character: change both or neither.
/// The rule, in order:
/// <list type="number">
/// <item>lower-case each UTF-16 character with <see cref="char.ToLowerInvariant"/>;</item>
/// <item>every run of ' ', '_' or '-' becomes one ' ';</item>
/// <item>trim: drop that ' ' at the start and at the end (other white space, such as tabs, is kept);</item>
/// <item>remove a leading "the output ", or else a leading "output " (only one of them, once).</item>
/// </list>
/// A name that is only "the output" or "output" keeps it.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KognitosFactNames
{
    private const string TheOutputPrefix = "the output ";
    private const string OutputPrefix = "output ";

    /// <summary>Normalises a fact name: see <see cref="KognitosFactNames"/> for the rule.</summary>
    /// <param name="name">A fact name or output name.</param>
    /// <returns>The normalised name.</returns>
    public static string Normalize(string name)
    {
        if (name is null)
            throw new ArgumentNullException(nameof(name));

        var collapsed = new StringBuilder(name.Length);
        var inSeparators = false;
        foreach (var c in name)
        {
            if (c is ' ' or '_' or '-')
            {
                if (!inSeparators)
                    collapsed.Append(' ');
                inSeparators = true;
            }
            else
            {
                collapsed.Append(char.ToLowerInvariant(c));
                inSeparators = false;
            }
        }

        var trimmed = collapsed.ToString().Trim(' ');
        if (trimmed.StartsWith(TheOutputPrefix, StringComparison.Ordinal))
            return trimmed.Substring(TheOutputPrefix.Length);
        if (trimmed.StartsWith(OutputPrefix, StringComparison.Ordinal))
            return trimmed.Substring(OutputPrefix.Length);
        return trimmed;
    }

    /// <summary>
    /// <see cref="Normalize"/> over UTF-8 without allocating, for names that are pure ASCII (where invariant
    /// lower-casing only maps 'A'-'Z').
    /// </summary>
    /// <param name="name">The name's UTF-8 bytes, unescaped.</param>
    /// <param name="destination">Receives the normalised name; at least as long as <paramref name="name"/>.</param>
    /// <returns>The normalised length, or -1 when <paramref name="name"/> is not ASCII (use <see cref="Normalize"/>).</returns>
    internal static int NormalizeAscii(ReadOnlySpan<byte> name, Span<byte> destination)
    {
        // 1 and 2: lower-case, collapse separator runs.
        var length = 0;
        var inSeparators = false;
        foreach (var b in name)
        {
            if (b >= 0x80)
                return -1;
            if (b is (byte)' ' or (byte)'_' or (byte)'-')
            {
                if (!inSeparators)
                    destination[length++] = (byte)' ';
                inSeparators = true;
            }
            else
            {
                destination[length++] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b | 0x20) : b;
                inSeparators = false;
            }
        }

        // 3: trim.
        var start = 0;
        while (start < length && destination[start] == (byte)' ')
            start++;
        while (length > start && destination[length - 1] == (byte)' ')
            length--;

        // 4: the prefix.
        var trimmed = destination.Slice(start, length - start);
        if (trimmed.StartsWith("the output "u8))
            start += TheOutputPrefix.Length;
        else if (trimmed.StartsWith("output "u8))
            start += OutputPrefix.Length;

        if (start > 0)
            destination.Slice(start, length - start).CopyTo(destination);
        return length - start;
    }
}
