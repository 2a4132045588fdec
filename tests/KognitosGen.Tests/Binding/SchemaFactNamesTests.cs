using KognitosGen.Binding;

namespace KognitosGen.Tests.Binding;

/// <summary>
/// Generated code hands a process descriptor its fact names from the schemas: they must be the names given, in order,
/// and no one holding the list (or the array it was made from) may change what binding and writing use.
/// </summary>
public sealed class SchemaFactNamesTests
{
    [Fact]
    public void An_input_schema_gives_its_names_in_order_and_keeps_its_own_copy()
    {
        string[] names = ["invoice number", "amount"];
        var schema = new KognitosInputSchema(names);
        names[0] = "changed";

        Assert.Equal(["invoice number", "amount"], schema.FactNames);
        Assert.IsNotType<string[]>(schema.FactNames);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)schema.FactNames)[0] = "changed");
    }

    [Fact]
    public void An_output_schema_gives_its_names_in_order_and_keeps_its_own_copy()
    {
        string[] names = ["the output total", "the output vendor"];
        var schema = new KognitosOutputSchema(names, ["decimal", "string?"], [false, true]);
        names[1] = "changed";

        Assert.Equal(["the output total", "the output vendor"], schema.FactNames);
        Assert.Equal("the output vendor", schema.FactName(1));
        Assert.Throws<NotSupportedException>(() => ((IList<string>)schema.FactNames)[1] = "changed");
    }

    [Fact]
    public void A_null_name_is_refused_with_its_position()
    {
        var error = Assert.Throws<ArgumentException>(() => new KognitosInputSchema(["a", null!]));
        Assert.Contains("Fact name 1", error.Message, StringComparison.Ordinal);
    }
}
