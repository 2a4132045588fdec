using System;
using System.Collections.Generic;
using System.Text.Json;

namespace KognitosGen.Wire;

/// <summary>
/// Reads the run endpoints' bodies (a run, a page of runs) as the client keeps them: each run built with its own
/// JSON, the whole body for a fetched run and its item of the page for a listed one, so nothing is set on a run
/// after it is built. Reads as the source-generated context does: members matched exactly, unknown ones skipped,
/// the last of a repeated member kept, nothing after the value.
/// </summary>
internal static class RunReader
{
    /// <summary>A run body; null when it is JSON null.</summary>
    /// <exception cref="JsonException">The body is not a run.</exception>
    public static KognitosRun? ReadRun(ReadOnlyMemory<byte> body)
    {
        var reader = new Utf8JsonReader(body.Span);
        reader.Read();
        var run = RunConverter.Read(ref reader, body, IsUtf8(body.Span));
        EnsureEnd(ref reader);
        return run;
    }

    /// <summary>A page of runs (<c>{"items": [...], "continuation_token": ...}</c>); null when it is JSON null.</summary>
    /// <exception cref="JsonException">The body is not a page of runs.</exception>
    public static KognitosPage<KognitosRun>? ReadPage(ReadOnlyMemory<byte> body)
    {
        var reader = new Utf8JsonReader(body.Span);
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            EnsureEnd(ref reader);
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"A page is a {reader.TokenType}, not an object.");

        var isUtf8 = IsUtf8(body.Span);
        List<KognitosRun>? items = null;
        string? continuationToken = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isItems = reader.ValueTextEquals("items"u8);
            var isToken = !isItems && reader.ValueTextEquals("continuation_token"u8);
            reader.Read();
            if (isItems)
                items = ReadItems(ref reader, body, isUtf8);
            else if (isToken)
                continuationToken = ReadToken(ref reader);
            else
                JsonValueSkipper.Skip(ref reader);
        }

        EnsureEnd(ref reader);
        return new KognitosPage<KognitosRun> { ItemsOrNull = items, ContinuationToken = continuationToken };
    }

    // A null item stays null, as the context read it.
    private static List<KognitosRun>? ReadItems(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body, bool isUtf8)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException($"\"items\" is a {reader.TokenType}, not an array.");
        var items = new List<KognitosRun>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            items.Add(RunConverter.Read(ref reader, body, isUtf8)!);
        return items;
    }

    private static string? ReadToken(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"\"continuation_token\" is a {reader.TokenType}, not a string."),
    };

    // A body sent as the API sends it is valid UTF-8 throughout: one check of it spares one per string the run notes.
    private static bool IsUtf8(ReadOnlySpan<byte> body) =>
#if NET8_0_OR_GREATER
        System.Text.Unicode.Utf8.IsValid(body);
#else
        false;
#endif

    // One value and nothing after it: the reader itself throws on a second value.
    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        if (reader.Read())
            throw new JsonException($"The body goes on after its value, with a {reader.TokenType}.");
    }
}
