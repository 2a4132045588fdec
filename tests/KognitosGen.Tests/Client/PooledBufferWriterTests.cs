using System.Text;
using System.Text.Json;
using KognitosGen.Wire;

namespace KognitosGen.Tests.Client;

/// <summary>The pooled buffer run-start bodies are written into and sent from.</summary>
public sealed class PooledBufferWriterTests
{
    [Fact]
    public void A_body_larger_than_the_first_buffer_grows_and_keeps_every_byte()
    {
        using var body = new PooledBufferWriter(16);
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartArray();
            for (var i = 0; i < 1000; i++)
                writer.WriteStringValue("item " + i);
            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(body.Written.AsMemory());
        Assert.Equal(1000, document.RootElement.GetArrayLength());
        Assert.Equal("item 999", document.RootElement[999].GetString());
    }

    [Fact]
    public void Advancing_past_the_buffer_is_refused_and_a_given_back_buffer_is_empty()
    {
        var body = new PooledBufferWriter(8);
        var span = body.GetSpan(4);
        Encoding.ASCII.GetBytes("abcd", span);
        body.Advance(4);
        Assert.Equal("abcd", Encoding.ASCII.GetString(body.Written.AsSpan()));
        Assert.Throws<ArgumentOutOfRangeException>(() => body.Advance(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => body.Advance(body.GetSpan().Length + 1));

        body.Dispose();
        Assert.Equal(0, body.Written.Count);
        body.Dispose();

        var abandoned = new PooledBufferWriter();
        abandoned.GetSpan(1)[0] = (byte)'x';
        abandoned.Advance(1);
        abandoned.Abandon();
        Assert.Equal(0, abandoned.Written.Count);
    }
}
