using KognitosGen.SourceGenerators.Tests.Infrastructure;

namespace KognitosGen.SourceGenerators.Tests;

/// <summary>
/// The generator finds fact properties from syntax before binding them: every way of writing a fact attribute
/// must still be found, in declaration order, and other properties must be left alone.
/// </summary>
public sealed class FactDiscoveryTests
{
    private static string Generate(params string[] sources) => GeneratorHarness.Run(sources).SingleCleanSource();

    [Fact]
    public void Aliases_qualified_names_and_the_attribute_suffix_are_all_found_and_other_attributes_ignored()
    {
        var source = Generate("""
            using System;
            using In = KognitosGen.KognitosInputAttribute;
            using OutAttribute = KognitosGen.KognitosOutputAttribute;

            [KognitosGen.KognitosProcess("to find facts", AgentId = "a", ProcessId = "p")]
            public partial class Found
            {
                [In("aliased")] public string A { get; init; } = "";
                [KognitosGen.KognitosInputAttribute("qualified")] public string B { get; init; } = "";
                [global::KognitosGen.KognitosInput("global")] public string C { get; init; } = "";
                [Obsolete("not a fact")] public string Ignored { get; init; } = "";
                public string Plain { get; init; } = "";
                [Out("the output aliased")] public int D { get; private set; }
            }
            """);

        Assert.Contains("""factNames: new string[] { "aliased", "qualified", "global" });""", source, StringComparison.Ordinal);
        Assert.Contains("""factNames: new string[] { "the output aliased" },""", source, StringComparison.Ordinal);
        Assert.DoesNotContain("this.Ignored", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_of_a_class_split_over_two_files_come_in_declaration_order()
    {
        var source = Generate(
            """
            using KognitosGen;

            [KognitosProcess("to split", AgentId = "a", ProcessId = "p")]
            public partial class Split
            {
                [KognitosInput("first")] public string First { get; init; } = "";
                [KognitosOutput("the output one")] public int One { get; private set; }
            }
            """,
            """
            using KognitosGen;

            public partial class Split
            {
                [KognitosInput("second")] public string Second { get; init; } = "";
                [KognitosOutput("the output two")] public int Two { get; private set; }
            }
            """);

        Assert.Contains("""factNames: new string[] { "first", "second" });""", source, StringComparison.Ordinal);
        Assert.Contains("""factNames: new string[] { "the output one", "the output two" },""", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Positional_record_parameters_with_property_targeted_attributes_are_inputs()
    {
        var source = Generate("""
            using KognitosGen;

            [KognitosProcess("to take a record", AgentId = "a", ProcessId = "p")]
            public partial record Positional([property: KognitosInput("amount")] decimal Amount, string NotAFact)
            {
                [KognitosInput("note")] public string Note { get; init; } = "";
                [KognitosOutput("the output total")] public decimal Total { get; private set; }
            }
            """);

        Assert.Contains("""new string[] { "amount", "note" }""", source, StringComparison.Ordinal);
        Assert.Contains("__KognitosInputs.Write(writer, 0, this.Amount, global::KognitosGen.Binding.KognitosConverters.Decimal);", source, StringComparison.Ordinal);
    }

    [Fact]
    public void An_indexer_with_a_fact_attribute_is_still_reported()
    {
        var run = GeneratorHarness.Run("""
            using KognitosGen;

            [KognitosProcess("to index", AgentId = "a", ProcessId = "p")]
            public partial class Indexed
            {
                [KognitosInput("item")] public string this[int index] => "";
            }
            """);

        run.AssertGeneratorDidNotThrow();
        Assert.Contains(run.Diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("indexer", StringComparison.Ordinal));
    }

    [Fact]
    public void An_attribute_of_the_same_name_that_the_scope_resolves_elsewhere_is_not_a_fact()
    {
        var source = Generate("""
            namespace Mine
            {
                [System.AttributeUsage(System.AttributeTargets.Property)]
                public sealed class KognitosOutputAttribute : System.Attribute
                {
                    public KognitosOutputAttribute(string name) => Name = name;

                    public string Name { get; }
                }

                [KognitosGen.KognitosProcess("to shadow", AgentId = "a", ProcessId = "p")]
                public partial class Shadowed
                {
                    [KognitosOutput("the output mine")] public int Mine { get; private set; }
                    [KognitosGen.KognitosOutput("the output ours")] public int Ours { get; private set; }
                }
            }
            """);

        Assert.Contains("""new string[] { "the output ours" }""", source, StringComparison.Ordinal);
        Assert.DoesNotContain("the output mine", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Fact_names_that_are_not_plain_literals_are_bound_as_the_compiler_binds_them()
    {
        var source = Generate(""""
            using KognitosGen;

            internal static class Facts
            {
                public const string Amount = "amount";
            }

            [KognitosProcess("to name facts", AgentId = "a", ProcessId = "p")]
            public partial class Named
            {
                [KognitosInput(Facts.Amount)] public decimal Amount { get; init; }
                [KognitosInput(factName: "note")] public string Note { get; init; } = "";
                [KognitosInput("the " + "day")] public string Day { get; init; } = "";
                [KognitosOutput(@"the output ""quoted""")] public int Quoted { get; private set; }
            }
            """");

        Assert.Contains("""factNames: new string[] { "amount", "note", "the day" });""", source, StringComparison.Ordinal);
        Assert.Contains("""factNames: new string[] { "the output \"quoted\"" },""", source, StringComparison.Ordinal);
    }
}
