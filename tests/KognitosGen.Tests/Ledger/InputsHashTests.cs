using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KognitosGen.RunStart;

namespace KognitosGen.Tests.Ledger;

/// <summary>The inputs hash a run ledger keeps: SHA-256 of the inputs' canonical JSON, whatever order they were written in.</summary>
public sealed class InputsHashTests
{
    // What the canonical form must be, written out by hand: inputs by name, object properties by name, no whitespace.
    private const string Canonical =
        """[{"name":"amount","value":12.5},{"name":"invoice number","value":{"a":1,"b":[2,{"c":3,"d":"x"}]}}]""";

    [Fact]
    public void The_hash_is_SHA_256_of_the_canonical_JSON_of_the_inputs()
    {
        var process = new WrittenInputs(writer =>
        {
            WriteInput(writer, "invoice number", """{"b":[2,{"d":"x","c":3}],"a":1}""");
            WriteInput(writer, "amount", "12.5");
        });

        var expected = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical)));

        Assert.Equal(expected, InputsHash.Of(process));
    }

    [Fact]
    public void The_order_inputs_and_properties_are_written_in_does_not_change_the_hash()
    {
        var one = new WrittenInputs(writer =>
        {
            WriteInput(writer, "amount", "12.5");
            WriteInput(writer, "invoice number", """{"a":1,"b":[2,{"c":3,"d":"x"}]}""");
        });
        var other = new WrittenInputs(writer =>
        {
            WriteInput(writer, "invoice number", """{"b":[2,{"d":"x","c":3}],"a":1}""");
            WriteInput(writer, "amount", "12.5");
        });

        Assert.Equal(InputsHash.Of(one), InputsHash.Of(other));
    }

    [Theory]
    [InlineData("12.6")]
    [InlineData("\"12.5\"")]
    [InlineData("null")]
    public void Another_value_gives_another_hash(string amount)
    {
        var baseline = new WrittenInputs(writer => WriteInput(writer, "amount", "12.5"));
        var changed = new WrittenInputs(writer => WriteInput(writer, "amount", amount));

        Assert.NotEqual(InputsHash.Of(baseline), InputsHash.Of(changed));
    }

    [Fact]
    public void An_array_keeps_its_order()
    {
        var one = new WrittenInputs(writer => WriteInput(writer, "lines", "[1,2]"));
        var other = new WrittenInputs(writer => WriteInput(writer, "lines", "[2,1]"));

        Assert.NotEqual(InputsHash.Of(one), InputsHash.Of(other));
    }

    private static void WriteInput(Utf8JsonWriter writer, string name, string valueJson)
    {
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WritePropertyName("value");
        using var value = JsonDocument.Parse(valueJson);
        value.RootElement.WriteTo(writer);
        writer.WriteEndObject();
    }

    /// <summary>A process whose generated input writer is replaced by <paramref name="write"/>; only the inputs are read.</summary>
    private sealed class WrittenInputs(Action<Utf8JsonWriter> write) : IKognitosProcess
    {
        public KognitosProcessDescriptor Descriptor => throw new NotSupportedException("The hash reads only the inputs.");

        public void WriteInputs(Utf8JsonWriter writer) => write(writer);

        public IReadOnlyList<KognitosFileInput> GetFiles() => [];

        public void BindOutputs(KognitosRun run) => throw new NotSupportedException("The hash reads only the inputs.");
    }
}
