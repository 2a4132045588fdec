using System;
using System.Text.Json;

namespace KognitosGen.Wire;

/// <summary>Gives each run of a listed page its own item of the page body, as a fetched run keeps its whole body.</summary>
internal static class PageItems
{
    public static void KeepBodies(KognitosPage<KognitosRun> page, ReadOnlyMemory<byte> body)
    {
        var items = page.Items;
        if (items.Count == 0)
            return;
        // The body has just been read into the page, so it is valid JSON with a top-level "items" array.
        var reader = new Utf8JsonReader(body.Span);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isItems = reader.ValueTextEquals("items"u8);
            reader.Read();
            if (!isItems || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
            {
                var start = checked((int)reader.TokenStartIndex);
                reader.Skip();
                if (index < items.Count && items[index] is { } run)
                {
                    run.RawUtf8 = body.Slice(start, checked((int)reader.BytesConsumed) - start);
                    run.PendingOutputs?.Shift(-start);
                }
            }

            return;
        }
    }
}
