using KognitosGen.SourceGenerators.Analyzers;

namespace KognitosGen.Analyzers.Tests;

/// <summary>
/// The fact checks (KOG0005, KOG0014, KOG0015) pass over properties with no attribute syntax: every way of writing a
/// fact attribute is still checked, and an attribute of the same name that is not ours is not.
/// </summary>
public sealed class FactAttributeSpellingTests
{
    private static Task Verify(string source, params (string Path, string Text)[] otherFiles)
    {
        var test = new AnalyzerTest<KognitosProcessAnalyzer>(source);
        foreach (var file in otherFiles)
            test.TestState.Sources.Add(file);
        return test.RunAsync();
    }

    [Fact]
    public Task A_qualified_name_a_full_name_and_a_constant_are_checked() => Verify("""
        [KognitosGen.KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public partial class P
        {
            private const string Total = "total";
            [KognitosGen.KognitosOutput({|KOG0005:"total"|})] public int A { get; private set; }
            [global::KognitosGen.KognitosOutputAttribute({|KOG0005:"count"|})] public int B { get; private set; }
            [KognitosGen.KognitosOutput({|KOG0005:Total|})] public int C { get; private set; }
            [KognitosGen.KognitosInput({|KOG0015:""|})] public int D { get; set; }
        }
        """);

    [Fact]
    public Task A_file_alias_is_checked() => Verify("""
        using Out = KognitosGen.KognitosOutputAttribute;
        using KognitosGen;

        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public partial class P
        {
            [Out({|KOG0005:"total"|})] public int Total { get; private set; }
        }

        public class NotAProcess
        {
            [{|KOG0014:Out("the output total")|}] public int Total { get; set; }
        }
        """);

    [Fact]
    public Task A_global_alias_in_another_file_is_checked() => Verify("""
        using KognitosGen;

        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public partial class P
        {
            [Result({|KOG0005:"total"|})] public int Total { get; private set; }
        }
        """, ("Aliases.cs", "global using ResultAttribute = KognitosGen.KognitosOutputAttribute;"));

    [Fact]
    public Task A_positional_record_parameter_is_checked_through_its_property_target() => Verify("""
        using KognitosGen;

        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public partial record P([property: KognitosOutput({|KOG0005:"total"|})] int Total, [{|CS0592:KognitosOutput|}("total")] int OnTheParameter);

        public record Q([property: {|KOG0014:KognitosInput("amount")|}] int Amount);
        """);

    [Fact]
    public Task An_attribute_of_the_same_name_from_another_namespace_is_not_ours() => Verify("""
        using Other;

        namespace Other
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class KognitosOutputAttribute : System.Attribute
            {
                public KognitosOutputAttribute(string fact) { }
            }
        }

        public class NotAProcess
        {
            [KognitosOutput("total")] public int Total { get; set; }
            [KognitosOutput("")] public int Empty { get; set; }
        }
        """);

    [Fact]
    public Task Facts_of_a_partial_class_are_checked_in_every_part() => Verify("""
        using KognitosGen;

        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public partial class P
        {
            [KognitosOutput({|KOG0005:"total"|})] public int Total { get; private set; }
        }
        """, ("P.Part2.cs", """
        using KognitosGen;

        public partial class P
        {
            [KognitosOutput({|KOG0005:"count"|})] public int Count { get; private set; }
            [KognitosOutput("the output vendor")] public string? Vendor { get; private set; }
        }
        """));
}
