using System;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>Finds the top-level <c>outputs</c> member of a run's JSON, for binding and for the lazily read outputs.</summary>
internal static class OutputsLocator
{
    /// <summary>
    /// The outputs array of <paramref name="body"/>, sliced out; <c>[]</c> for <c>null</c>. False when the body has no
    /// such member, is not an object, or is not valid JSON.
    /// </summary>
    /// <param name="body">A run's JSON.</param>
    /// <param name="outputs">The array.</param>
    /// <param name="toEndOfBody">
    /// Whether the slice may run on past the array to the end of the body. A reader that stops at the array's end
    /// does not mind, and the array need not be read twice (once here to find its end).
    /// </param>
    /// <param name="knownStart">Where the array was seen when the run was read, if it was; checked before it is used.</param>
    public static bool TryFind(ReadOnlySpan<byte> body, out ReadOnlySpan<byte> outputs, int? knownStart = null, bool toEndOfBody = false)
    {
        outputs = default;
        if (knownStart is int at && IsArrayValueAt(body, at))
            return Slice(body, at, toEndOfBody, out outputs);
        if (body.Length >= 3 && body[0] == 0xEF && body[1] == 0xBB && body[2] == 0xBF)
            body = body.Slice(3); // a UTF-8 byte order mark
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isOutputs = reader.ValueTextEquals("outputs"u8);
                reader.Read();
                if (!isOutputs)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType == JsonTokenType.Null)
                {
                    outputs = "[]"u8;
                    return true;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                    return false;
                return Slice(body, checked((int)reader.TokenStartIndex), toEndOfBody, out outputs);
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool Slice(ReadOnlySpan<byte> body, int start, bool toEndOfBody, out ReadOnlySpan<byte> outputs)
    {
        outputs = body.Slice(start);
        if (toEndOfBody)
            return true;
        var reader = new Utf8JsonReader(outputs);
        reader.Read();
        reader.Skip();
        outputs = outputs.Slice(0, checked((int)reader.BytesConsumed));
        return true;
    }

    /// <summary>Whether a '[' that is a member's value stands at <paramref name="start"/>: the last byte before it other than white space is ':'.</summary>
    public static bool IsArrayValueAt(ReadOnlySpan<byte> body, int start)
    {
        if ((uint)start >= (uint)body.Length || body[start] != (byte)'[')
            return false;
        for (var i = start - 1; i >= 0; i--)
        {
            if (body[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                return body[i] == (byte)':';
        }

        return false;
    }
}
