using KognitosGen.Binding;
using KognitosGen.Wire;
using static KognitosGen.Tests.Binding.BindingTestSupport;

namespace KognitosGen.Tests.Binding;

/// <summary>
/// A run the client read is bound from the index its reading made; any other run by walking its outputs. Both ways
/// must find the same facts, values and errors for every body the client accepts.
/// </summary>
public sealed class IndexedBindingTests
{
    private static readonly KognitosOutputSchema Schema = new(
        ["the output total", "the output vendor", "the output café", "the output note"], ["decimal", "string", "string", "string?"], [false, false, false, true]);

    public static TheoryData<string> Bodies() =>
    [
        """[{"name":"the output total","value":12.5},{"name":"the output vendor","value":"ACME"},{"name":"the output café","value":"x"}]""",
        """[{"name":"Total","value":1},{"name":"OUTPUT_VENDOR","value":"ACME"},{"name":"the output caf\u00e9","value":"e"}]""",
        """[{"name":"Total","value":1},{"name":"the output total","value":3},{"name":"vendor","value":"W"},{"name":"the output vendor","value":"V"}]""",
        """[{"name":"the output total","value":1},{"name":"the output total","value":2},{"name":"Vendor","value":"A"},{"name":"the_output_vendor","value":"B"}]""",
        """[{"value": {"amount": [1, {"name": "the output vendor"}]}, "type": "number", "name": "the output total"}, {"meta": {"name": "x"}, "value": "ACME", "name": "the output vendor", "extra": null}]""",
        """[null, {"name": null, "value": 2}, {}, {"name":"the output total"}, {"name":"\u0054\u006Ftal","value":7}, {"name":"THE_OUTPUT_CAF\u00C9","value":"loose"}]""",
        """[{"name":"the output total","value":"lots"},{"name":"the output vendor","value":{"a":[1,2]}},{"name":"the output note","value":null}]""",
        """[{"name":"the output total","name":"the output vendor","value":"last name wins"},{"name":"the output total","value":1,"value":2}]""",
        """[]""",
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void The_index_and_the_walk_bind_alike(string outputs)
    {
        var walked = Bound.Of(Schema, RunWithOutputs(outputs));
        var indexed = Bound.Of(Schema, ClientRunWithOutputs(outputs));

        Assert.Equal(walked.States, indexed.States);
        Assert.Equal(walked.Values, indexed.Values);
        Assert.Equal(walked.Errors.Select(e => e.ToString()), indexed.Errors.Select(e => e.ToString()));
        Assert.Equal(walked.OutputsJson, indexed.OutputsJson);
    }

    [Fact]
    public void A_listed_run_is_bound_from_its_own_shifted_index()
    {
        var body = System.Text.Encoding.UTF8.GetBytes("""
            {"items": [
              {"id": "a", "outputs": [{"name": "the output total", "value": 1}, {"name": "the output vendor", "value": "A"}]},
              {"id": "b", "outputs": [{"name": "the output vendor", "value": "B"}, {"name": "Total", "value": 2}]}
            ]}
            """);
        var page = RunReader.ReadPage(body)!;

        Assert.Equal(["1", "\"A\""], Bound.Of(Schema, page.Items[0]).Values.Take(2));
        var second = Bound.Of(Schema, page.Items[1]);
        Assert.Equal(["2", "\"B\""], second.Values.Take(2));
        Assert.Equal(KognitosOutputMatchState.Normalized, second.States[0]);
    }
}
