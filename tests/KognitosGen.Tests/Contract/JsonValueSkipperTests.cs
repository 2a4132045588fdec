using System.Text;
using System.Text.Json;
using KognitosGen.Wire;

namespace KognitosGen.Tests.Contract;

/// <summary>
/// The run reads go over values they do not keep with a loop of reads instead of <see cref="Utf8JsonReader.Skip"/>:
/// it must stop where Skip stops, on every shape of value, and still refuse what the reader refuses.
/// </summary>
public sealed class JsonValueSkipperTests
{
    [Theory]
    [InlineData("17")]
    [InlineData("\"text with \\\" an escaped quote and ] [ } {\"")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("[1, [2, [3, {\"a\": [4]}]], {}]")]
    [InlineData("{\"a\": {\"b\": {\"c\": []}}, \"d\": \"}\"}")]
    public void Stops_where_the_readers_own_skip_stops(string value)
    {
        var json = Encoding.UTF8.GetBytes($"{{\"skipped\": {value}, \"next\": true}}");

        Assert.Equal(AfterSkip(json, useReadersSkip: true), AfterSkip(json, useReadersSkip: false));
        Assert.Equal(("next", JsonTokenType.True), AfterSkip(json, useReadersSkip: false));
    }

    [Theory]
    [InlineData("[1, 2")]
    [InlineData("{\"a\": 1,}")]
    [InlineData("[1 2]")]
    [InlineData("{\"a\": tru}")]
    public void Refuses_a_value_the_reader_refuses(string value)
    {
        var json = Encoding.UTF8.GetBytes($"{{\"skipped\": {value}, \"next\": true}}");

        Assert.ThrowsAny<JsonException>(() => AfterSkip(json, useReadersSkip: false));
    }

    // Reads the object's first member, skips its value either way, and returns the next member's name and value type.
    private static (string Name, JsonTokenType Value) AfterSkip(byte[] json, bool useReadersSkip)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        reader.Read();
        reader.Read();
        if (useReadersSkip)
            reader.Skip();
        else
            JsonValueSkipper.Skip(ref reader);
        reader.Read();
        var name = reader.GetString()!;
        reader.Read();
        return (name, reader.TokenType);
    }
}
