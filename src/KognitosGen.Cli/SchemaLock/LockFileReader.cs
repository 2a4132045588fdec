using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using KognitosGen.Cli.Output;
using Format = KognitosGen.SourceGenerators.SchemaLockFormat;

namespace KognitosGen.Cli.SchemaLock;

/// <summary>
/// Reads a lock file with the format's one reader (the analyzers' own, linked into the tool) and turns it into the
/// tool's model. The first problem throws <see cref="SchemaLockException"/> with file, line and member, the same
/// line and member the build's KOG0021 names.
/// </summary>
internal static class LockFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads the lock at <paramref name="path"/>; a missing or unreadable file is a <see cref="SchemaLockException"/> too.</summary>
    public static SchemaLockFile ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            throw new SchemaLockException(path, 1, "", "cannot read the file: " + unreadable.Message);
        }

        return Read(path, bytes);
    }

    /// <summary>Reads a lock from its UTF-8 bytes; <paramref name="file"/> names it in errors.</summary>
    public static SchemaLockFile Read(string file, byte[] utf8)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException invalid)
        {
            var line = 1 + utf8.Take(Math.Max(invalid.Index, 0)).Count(b => b == (byte)'\n');
            throw new SchemaLockException(file, line, Format.SchemaLockError.NotJson, "the file is not UTF-8 text (the lock is written as UTF-8)");
        }

        var read = Format.SchemaLockReader.Read(text);
        if (read.Error is { } error)
            throw new SchemaLockException(file, error.Line, error.Member, error.Problem);
        return FromDocument(read.Document!);
    }

    private static SchemaLockFile FromDocument(Format.SchemaLockDocument document) => new(
        SchemaLockFile.CurrentVersion,
        document.PulledAt,
        document.BaseUrl,
        document.Agents.Select(agent => new LockedAgent(
            agent.Id,
            agent.Processes.Select(process => new LockedProcess(
                process.Id,
                process.Name,
                process.Stage,
                process.RunsSampled,
                process.Outputs.Select(output => new LockedOutput(
                    output.Name,
                    Format.OutputKindNames.Of(output.Kinds),
                    output.Seen,
                    output.Example,
                    ExtensionsOf(output.Extensions))).ToList(),
                ExtensionsOf(process.Extensions))).ToList(),
            ExtensionsOf(agent.Extensions))).ToList(),
        ExtensionsOf(document.Extensions));

    /// <summary>The x- members, each compacted as the writer writes them.</summary>
    private static LockExtensions ExtensionsOf(IReadOnlyList<Format.LockExtension> extensions)
    {
        var kept = new LockExtensions();
        foreach (var extension in extensions)
        {
            using var value = JsonDocument.Parse(extension.Json);
            kept[extension.Name] = JsonOutput.CompactOf(value.RootElement);
        }

        return kept;
    }
}
