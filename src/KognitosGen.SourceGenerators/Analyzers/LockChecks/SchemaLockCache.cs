using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using KognitosGen.SourceGenerators.SchemaLockFormat;
using Microsoft.CodeAnalysis.Text;

namespace KognitosGen.SourceGenerators.Analyzers.LockChecks;

/// <summary>
/// Reads each lock content once per process. The IDE hands every compilation the same <see cref="SourceText"/>
/// while the file is unchanged (a weak table on the instance, no hashing at all); a new instance with the same
/// content (a reloaded project, another project sharing the lock) is found by its checksum in a small table.
/// </summary>
internal static class SchemaLockCache
{
    /// <summary>A handful of locks (projects, or versions while one is edited) are all a session needs at once.</summary>
    private const int MaxByChecksum = 8;

    private static readonly ConditionalWeakTable<SourceText, SchemaLockReadResult> ByInstance = new();
    private static readonly LinkedList<KeyValuePair<string, SchemaLockReadResult>> ByChecksum = new();

    public static SchemaLockReadResult Get(SourceText text)
    {
        if (ByInstance.TryGetValue(text, out var known))
            return known;

        var checksum = Checksum(text);
        var result = Find(checksum);
        if (result is null)
        {
            result = SchemaLockReader.Read(text.ToString());
            Add(checksum, result);
        }

        // Another thread may have added the same instance meanwhile; either result is the same content's.
        ByInstance.GetValue(text, _ => result);
        return result;
    }

    private static SchemaLockReadResult? Find(string checksum)
    {
        lock (ByChecksum)
        {
            for (var node = ByChecksum.First; node is not null; node = node.Next)
            {
                if (node.Value.Key != checksum)
                    continue;
                ByChecksum.Remove(node);
                ByChecksum.AddFirst(node);
                return node.Value.Value;
            }
        }

        return null;
    }

    private static void Add(string checksum, SchemaLockReadResult result)
    {
        lock (ByChecksum)
        {
            ByChecksum.AddFirst(new KeyValuePair<string, SchemaLockReadResult>(checksum, result));
            while (ByChecksum.Count > MaxByChecksum)
                ByChecksum.RemoveLast();
        }
    }

    /// <summary>The content's checksum with its algorithm and length, so equal checksums mean equal content.</summary>
    private static string Checksum(SourceText text)
    {
        ImmutableArray<byte> bytes = text.GetChecksum();
        var builder = new System.Text.StringBuilder(bytes.Length * 2 + 16);
        builder.Append((int)text.ChecksumAlgorithm).Append(':').Append(text.Length).Append(':');
        foreach (var b in bytes)
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return builder.ToString();
    }
}
