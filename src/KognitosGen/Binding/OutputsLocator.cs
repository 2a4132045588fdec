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
    public static bool TryFind(ReadOnlySpan<byte> body, out ReadOnlySpan<byte> outputs, bool toEndOfBody = false)
    {
        outputs = default;
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
                var start = checked((int)reader.TokenStartIndex);
                if (toEndOfBody)
                {
                    outputs = body.Slice(start);
                    return true;
                }

                reader.Skip();
                outputs = body.Slice(start, checked((int)reader.BytesConsumed) - start);
                return true;
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
