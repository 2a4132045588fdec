using System;
using System.Text.Json;

namespace KognitosGen.Wire;

/// <summary>
/// Reads a process stage as the string-enum converter the models are declared with does: a name in any case, or an
/// integer; anything else is refused rather than guessed.
/// </summary>
internal static class StageReader
{
    public static KognitosStage Read(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String when reader.ValueTextEquals("Published"u8):
                return KognitosStage.Published;
            case JsonTokenType.String when reader.ValueTextEquals("Draft"u8):
                return KognitosStage.Draft;
            case JsonTokenType.String:
                var text = reader.GetString()!;
                // Names only: a digit string is no stage name (the integer form comes as a JSON number).
                if (text.Length > 0 && !char.IsDigit(text[0]) && text[0] != '-' && text[0] != '+'
                    && Enum.TryParse<KognitosStage>(text, ignoreCase: true, out var named))
                    return named;
                throw new JsonException($"\"stage\" is \"{text}\", not a stage this client knows (Published or Draft).");
            case JsonTokenType.Number when reader.TryGetInt32(out var number):
                return (KognitosStage)number;
            default:
                throw new JsonException($"\"stage\" is a {reader.TokenType}, not a stage name.");
        }
    }
}
