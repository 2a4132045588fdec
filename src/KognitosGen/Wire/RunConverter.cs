using System;
using System.Collections.Generic;
using System.Text.Json;

namespace KognitosGen.Wire;

/// <summary>
/// Reads a run in one pass written for its nine members: the metadata-driven reader cost more than binding the
/// outputs did. It reads as the source-generated context would (snake_case names matched exactly, unknown members
/// skipped, the last of a repeated member kept, strings or null, the stage as a string-enum), and leaves the
/// outputs checked and indexed but unbuilt (<see cref="LazyOutputs"/>). The run is built with its own JSON: the
/// whole body for a run that is the body, its item for a run of a page.
/// </summary>
internal static class RunConverter
{
    /// <summary>Reads the run <paramref name="reader"/> stands on; null for a JSON null.</summary>
    /// <param name="reader">On the run's first token, over all of <paramref name="source"/>; left on its last token.</param>
    /// <param name="source">What <paramref name="reader"/> reads, from its first byte.</param>
    /// <param name="sourceIsUtf8">
    /// Whether all of <paramref name="source"/> is known to be valid UTF-8 (one check of the whole body costs less
    /// than one per string); when false each noted string is checked on its own.
    /// </param>
    public static KognitosRun? Read(ref Utf8JsonReader reader, ReadOnlyMemory<byte> source, bool sourceIsUtf8 = false)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"A run is a {reader.TokenType}, not an object.");

        // A run that is the whole body keeps all of it, as sent; a listed run keeps its own item of the page.
        var isBody = reader.CurrentDepth == 0;
        var origin = isBody ? 0 : checked((int)reader.TokenStartIndex);
        string? id = null, name = null, processId = null, agentId = null, status = null, createdAt = null;
        KognitosStage stage = default;
        RunText idText = default, nameText = default, processIdText = default, agentIdText = default, createdAtText = default, fileIdsText = default;
        List<string>? fileIds = null;
        LazyOutputs? outputs = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Matched before moving on, while the reader still stands on the member's name.
            var member = RunMemberNames.Match(ref reader);
            reader.Read();
            switch (member)
            {
                case RunMember.Id: id = ReadText(ref reader, "id", origin, sourceIsUtf8, out idText); break;
                case RunMember.Name: name = ReadText(ref reader, "name", origin, sourceIsUtf8, out nameText); break;
                case RunMember.ProcessId: processId = ReadText(ref reader, "process_id", origin, sourceIsUtf8, out processIdText); break;
                case RunMember.AgentId: agentId = ReadText(ref reader, "agent_id", origin, sourceIsUtf8, out agentIdText); break;
                case RunMember.Status: status = ReadStatus(ref reader); break;
                case RunMember.CreatedAt: createdAt = ReadText(ref reader, "created_at", origin, sourceIsUtf8, out createdAtText); break;
                case RunMember.Stage: stage = StageReader.Read(ref reader); break;
                case RunMember.FileIds: fileIds = ReadStrings(ref reader, source.Span, origin, sourceIsUtf8, out fileIdsText); break;
                case RunMember.Outputs: outputs = reader.TokenType == JsonTokenType.Null ? null : LazyOutputs.Read(ref reader, origin); break;
                default: JsonValueSkipper.Skip(ref reader); break;
            }
        }

        var raw = isBody ? source : source.Slice(origin, checked((int)reader.BytesConsumed) - origin);
        return new KognitosRun
        {
            Id = id!,
            Name = name!,
            ProcessId = processId!,
            AgentId = agentId!,
            IdText = idText,
            NameText = nameText,
            ProcessIdText = processIdText,
            AgentIdText = agentIdText,
            StatusText = status!,
            CreatedAtText = createdAt,
            CreatedAtNoted = createdAtText,
            Stage = stage,
            FileIds = fileIds,
            FileIdsNoted = fileIdsText,
            OutputsOrNull = outputs,
            RawUtf8 = raw,
        };
    }

    private static string? ReadString(ref Utf8JsonReader reader, string member) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"\"{member}\" is a {reader.TokenType}, not a string."),
    };

    // A plain string is only noted (the run makes it when asked): a run read to bind its outputs never needs it.
    // Text that is not UTF-8 is made at once, so that it fails here as it always did.
    private static string? ReadText(ref Utf8JsonReader reader, string member, int origin, bool sourceIsUtf8, out RunText text)
    {
        text = default;
#if NET8_0_OR_GREATER
        // An empty string is made at once ("" costs nothing), so a noted text always has a length.
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && reader.ValueSpan.Length > 0 && (sourceIsUtf8 || System.Text.Unicode.Utf8.IsValid(reader.ValueSpan)))
        {
            text = new RunText(checked((int)reader.TokenStartIndex) + 1 - origin, reader.ValueSpan.Length);
            return null;
        }
#endif
        return ReadString(ref reader, member);
    }

    // A run's status is one of a handful of words: the known ones come back as the same string, not a new one.
    private static string? ReadStatus(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
        {
            var text = reader.ValueSpan;
            foreach (var known in KnownStatuses)
            {
                if (AsciiEquals(text, known))
                    return known;
            }
        }

        return ReadString(ref reader, "status");
    }

    private static bool AsciiEquals(ReadOnlySpan<byte> utf8, string text)
    {
        if (utf8.Length != text.Length)
            return false;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] != text[i])
                return false;
        }

        return true;
    }

    private static readonly string[] KnownStatuses = ["Succeeded", "Running", "Pending", "Created", "Failed", "Cancelled", "TimedOut"];

    // Like a plain string, an array of plain strings (or nulls) is only noted; anything else is read at once, so that
    // it fails here as it always did.
    private static List<string>? ReadStrings(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, int origin, bool sourceIsUtf8, out RunText text)
    {
        text = default;
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException($"\"file_ids\" is a {reader.TokenType}, not an array.");
#if NET8_0_OR_GREATER
        var start = checked((int)reader.TokenStartIndex);
        var plain = !reader.HasValueSequence;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
                plain = plain && !reader.ValueIsEscaped && (sourceIsUtf8 || System.Text.Unicode.Utf8.IsValid(reader.ValueSpan));
            else if (reader.TokenType != JsonTokenType.Null)
                throw new JsonException($"\"file_ids\" is a {reader.TokenType}, not a string.");
        }

        var length = checked((int)reader.BytesConsumed) - start;
        if (plain)
        {
            text = new RunText(start - origin, length);
            return null;
        }

        // Escapes or text that is not UTF-8: the strings are made now, from the array's own text (a copy of the
        // reader kept for this rare case would cost every run its copy).
        var array = new Utf8JsonReader(source.Slice(start, length));
        array.Read();
        return ReadStrings(ref array);
#else
        return ReadStrings(ref reader);
#endif
    }

    private static List<string> ReadStrings(ref Utf8JsonReader reader)
    {
        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            values.Add(ReadString(ref reader, "file_ids")!);
        return values;
    }
}
