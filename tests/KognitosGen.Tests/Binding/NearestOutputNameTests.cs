using KognitosGen.SourceGenerators.Helpers;
using KognitosGen.Binding;
using static KognitosGen.Tests.Binding.BindingTestSupport;

namespace KognitosGen.Tests.Binding;

/// <summary>A missing fact's error names the returned output it most likely meant, when one is near enough.</summary>
public sealed class NearestOutputNameTests
{
    private static readonly KognitosOutputSchema TotalAndVendr = new(
        ["the output total", "the output vendr"], ["decimal", "string"], [false, false]);

    // Both ways a run is bound: walking the outputs array, and the index the client made while reading the run.
    public static TheoryData<bool> Indexed => new() { false, true };

    private static KognitosRun RunOf(string outputsJson, bool indexed) =>
        indexed
            ? ClientRunWithOutputs(outputsJson)
            : Run($$"""{"id":"r1","name":"Invoice","process_id":"p1","status":"Succeeded","outputs":{{outputsJson}}}""");

    [Theory]
    [MemberData(nameof(Indexed))]
    public void A_typo_names_the_output_the_run_returned(bool indexed)
    {
        var run = RunOf("""[{"name":"the output total","value":1},{"name":"the output vendor","value":"ACME"}]""", indexed);

        var bound = Bound.Of(TotalAndVendr, run);

        var error = Assert.Single(bound.Errors);
        Assert.Equal(KognitosBindingErrorKind.Missing, error.Kind);
        Assert.Equal(["the output vendor"], error.Candidates);
        Assert.Equal("'the output vendr' (string) is missing; the run returned 'the output vendor'", error.ToString());
    }

    [Theory]
    [MemberData(nameof(Indexed))]
    public void Nothing_near_names_nothing_and_every_returned_name_stays_on_the_run(bool indexed)
    {
        var run = RunOf("""[{"name":"the output total","value":1},{"name":"the output tax","value":2}]""", indexed);

        var missing = Assert.Single(Bound.Of(TotalAndVendr, run).Errors); // the exception's Run is this run

        Assert.Empty(missing.Candidates);
        Assert.Equal("'the output vendr' (string) is missing", missing.ToString());
        Assert.Equal(["the output total", "the output tax"], run.Outputs.Select(o => o.Name));
    }

    [Fact]
    public void Two_equally_near_outputs_are_both_named_in_the_runs_order()
    {
        var run = RunWithOutputs("""[{"name":"the output total","value":1},{"name":"the output vendor","value":"A"},{"name":"the output vender","value":"B"},{"name":"the output vendors","value":"C"}]""");

        var error = Assert.Single(Bound.Of(TotalAndVendr, run).Errors);

        Assert.Equal(["the output vendor", "the output vender"], error.Candidates);
        Assert.Equal("'the output vendr' (string) is missing; the run returned 'the output vendor' and 'the output vender'", error.ToString());
    }

    [Fact]
    public void Names_are_compared_normalised_and_reported_as_the_run_spelled_them()
    {
        var schema = new KognitosOutputSchema(["the output invoice numbr"], ["string"], [false]);
        var run = RunWithOutputs("""[{"name":"Invoice_Number","value":"INV-1"}]""");

        var error = Assert.Single(Bound.Of(schema, run).Errors);

        Assert.Equal(["Invoice_Number"], error.Candidates);
        Assert.EndsWith("is missing; the run returned 'Invoice_Number'", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_another_property_takes_is_not_suggested()
    {
        var schema = new KognitosOutputSchema(["the output vendor", "the output vendr"], ["string", "string"], [false, false]);
        var run = RunWithOutputs("""[{"name":"the output vendor","value":"ACME"}]""");

        var bound = Bound.Of(schema, run);

        var error = Assert.Single(bound.Errors);
        Assert.Equal("the output vendr", error.FactName);
        Assert.Empty(error.Candidates);
        Assert.Equal("\"ACME\"", bound.Values[0]);
    }

    [Fact]
    public void Only_a_near_name_is_suggested_a_third_of_the_name_at_most()
    {
        // "vendr" (5 characters) allows one edit; "invoice numbr" (13) allows four.
        var schema = new KognitosOutputSchema(["the output vendr", "the output invoice numbr"], ["string", "string"], [false, false]);
        var run = RunWithOutputs("""[{"name":"the output vend","value":"A"},{"name":"the output vdr","value":"B"},{"name":"the output invice nmbr","value":"C"}]""");

        var errors = Bound.Of(schema, run).Errors;

        Assert.Equal(2, errors.Count);
        Assert.Equal(["the output vend"], errors[0].Candidates);
        Assert.Equal(["the output invice nmbr"], errors[1].Candidates);
    }

    [Fact]
    public void A_one_letter_name_is_never_a_typo_of_another()
    {
        var schema = new KognitosOutputSchema(["x"], ["int"], [false]);
        var error = Assert.Single(Bound.Of(schema, RunWithOutputs("""[{"name":"y","value":1}]""")).Errors);
        Assert.Empty(error.Candidates);
    }

    [Theory]
    [InlineData("vendor", "vendor", 0)]
    [InlineData("vendr", "vendor", 1)]
    [InlineData("vednor", "vendor", 1)] // two neighbours swapped: one edit
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    public void Edit_distance_counts_insertions_deletions_substitutions_and_swaps(string first, string second, int expected)
    {
        Assert.Equal(expected, EditDistance.WithTranspositions(first, second));
        Assert.Equal(expected, EditDistance.WithTranspositions(second, first));
    }
}
