using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace KognitosGen.Cli.Output;

/// <summary>A plain text table: a header row, then one row per item, columns padded to their widest cell.</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.ToList();
        var widths = headers.Select((header, column) => Math.Max(header.Length, all.Count == 0 ? 0 : all.Max(row => row[column].Length))).ToArray();
        WriteRow(output, headers, widths);
        foreach (var row in all)
            WriteRow(output, row, widths);
    }

    private static void WriteRow(TextWriter output, IReadOnlyList<string> cells, int[] widths)
    {
        var padded = cells.Select((cell, column) => column == cells.Count - 1 ? cell : cell.PadRight(widths[column]));
        output.WriteLine(string.Join("  ", padded).TrimEnd());
    }
}
