using System.Text.Json;

namespace KognitosGen.Wire;

/// <summary>
/// Goes over the value a reader stands on, for the run reads: a loop of reads to a container's end costs less per
/// token than <see cref="Utf8JsonReader.Skip"/> (measured over issue 31's goal 2 body), and a scalar, one token
/// already read, costs nothing. The reader always holds the whole body, so nothing is left for another block.
/// </summary>
internal static class JsonValueSkipper
{
    /// <summary>Leaves <paramref name="reader"/> on the last token of the value it stands on.</summary>
    public static void Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            return;
        var depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth)
        {
        }
    }
}
