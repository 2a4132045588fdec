using KognitosGen.Tests.Binding;

namespace KognitosGen.Tests.Client;

/// <summary><see cref="KognitosRun.TryGetOutput"/> finds outputs as the binder does: the exact name first, then the normalised one.</summary>
public sealed class OutputLookupTests
{
    [Theory]
    [InlineData("the output total items")]
    [InlineData("total items")]
    [InlineData("Total_Items")]
    [InlineData("total_items")]
    public void A_fact_name_finds_the_output_named_as_the_documented_examples_write_it(string name)
    {
        var run = BindingTestSupport.ClientRunWithOutputs("""[{"name":"total_items","value":42},{"name":"customer_id","value":"c1"}]""");

        Assert.True(run.TryGetOutput(name, out var output));
        Assert.Equal("total_items", output.Name);
        Assert.Equal(42, output.Value.GetInt32());
    }

    [Fact]
    public void The_exact_name_wins_over_a_loose_match()
    {
        var run = BindingTestSupport.ClientRunWithOutputs("""[{"name":"total","value":1},{"name":"the output total","value":2}]""");

        Assert.True(run.TryGetOutput("the output total", out var output));
        Assert.Equal(2, output.Value.GetInt32());
    }

    [Fact]
    public void Several_loose_matches_and_no_exact_one_find_nothing()
    {
        var run = BindingTestSupport.ClientRunWithOutputs("""[{"name":"total","value":1},{"name":"TOTAL","value":2}]""");

        Assert.False(run.TryGetOutput("the output total", out var output));
        Assert.Null(output);
    }

    [Fact]
    public void A_name_that_matches_nothing_finds_nothing()
    {
        var run = BindingTestSupport.ClientRunWithOutputs("""[{"name":"total_items","value":42}]""");

        Assert.False(run.TryGetOutput("the output vendor", out _));
    }
}
