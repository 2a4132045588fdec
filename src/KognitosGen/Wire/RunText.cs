using System;
using System.Collections.Generic;
using System.Text.Json;

namespace KognitosGen.Wire;

/// <summary>
/// Where a plain string member of a run (no escapes, valid UTF-8), or an array of such strings and nulls, lies in
/// the run's own JSON: the run keeps it and makes the string (or list) when first asked, so reading a run for its
/// outputs does not pay for strings nobody reads. Noted on .NET 8 and later only (where the text's UTF-8 is
/// checked without making it).
/// </summary>
internal readonly struct RunText
{
    private readonly int _start;
    private readonly int _length;

    public RunText(int start, int length)
    {
        _start = start;
        _length = length;
    }

    /// <summary>Whether a text was noted; an empty string never is (it costs nothing to make).</summary>
    public bool IsNoted => _length != 0;

    /// <summary>The string, from the run's own JSON; "" when nothing was noted (absent, null or empty).</summary>
    public string Decode(ReadOnlyMemory<byte> json)
    {
        if (_length == 0)
            return "";
#if NET8_0_OR_GREATER
        return System.Text.Encoding.UTF8.GetString(json.Span.Slice(_start, _length));
#else
        return BodyText.Decode(json.Slice(_start, _length))!;
#endif
    }

    /// <summary>The list of strings (nulls kept) of a noted array, from the run's own JSON.</summary>
    public List<string> DecodeStrings(ReadOnlyMemory<byte> json)
    {
        var reader = new Utf8JsonReader(json.Span.Slice(_start, _length));
        reader.Read();
        var values = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            values.Add(reader.GetString()!);
        return values;
    }
}
