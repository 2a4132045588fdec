using KognitosGen.SourceGenerators.Tests.Infrastructure;

namespace KognitosGen.SourceGenerators.Tests;

/// <summary>
/// Generated code a person can read: no line over 120 characters, the schemas and the descriptor with named arguments
/// one a line, and each declaration after what it uses. (Every generator run in these tests also checks the line limit.)
/// </summary>
public sealed class GeneratedLayoutTests
{
    [Fact]
    public void No_snapshot_has_a_line_over_the_limit()
    {
        var snapshots = Directory.GetFiles(Snapshot.Directory, "*.verified.cs");

        Assert.True(snapshots.Length >= 5, $"expected the checked-in snapshots in {Snapshot.Directory}");
        foreach (var path in snapshots)
            GeneratedLineLength.AssertWithinLimit(File.ReadAllText(path), Path.GetFileName(path));
    }

    [Fact]
    public void The_line_check_names_a_line_over_the_limit()
    {
        var source = "short\n" + new string('x', GeneratedLineLength.Max + 1) + "\n";

        var failure = Assert.ThrowsAny<Exception>(() => GeneratedLineLength.AssertWithinLimit(source, "Example.g.cs"));
        Assert.Contains($"Example.g.cs(2): {GeneratedLineLength.Max + 1} characters", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_names_deep_nesting_and_nested_collections_still_keep_to_the_limit()
    {
        const string source = """
            using System.Collections.Generic;
            using KognitosGen;

            namespace Company.Accounting
            {
                public static partial class QuarterlyProcesses
                {
                    public partial class ReconciliationHolder
                    {
                        [KognitosProcess("to reconcile every open receivable of the quarter against the ledger", AgentId = "agent", ProcessId = "process")]
                        public partial class Reconcile
                        {
                            [KognitosInput("the customer account number to reconcile")] public string CustomerAccountNumberToReconcile { get; init; } = "";
                            [KognitosInput("the differences by account")] public Dictionary<string, decimal?>? DifferencesByAccountAndPeriod { get; init; }
                            [KognitosFile("the supporting ledger exports")] public IReadOnlyList<KognitosFile> SupportingLedgerExportFiles { get; init; } = [];

                            [KognitosOutput("the output reconciled account balances by period")] public IReadOnlyDictionary<string, decimal?>? ReconciledAccountBalancesByPeriod { get; private set; }
                            [KognitosOutput("the output unmatched ledger entries")] public List<int[]> UnmatchedLedgerEntries { get; private set; } = [];
                            [KognitosOutput("the output reconciled at")] public System.DateTimeOffset? ReconciledAtTimestampInUniversalTime { get; private set; }
                        }
                    }
                }
            }
            """;

        // The harness fails any generated line over the limit; the code must also compile cleanly. (A type name or a
        // string literal is never split, so one longer than a line on its own would still pass the limit.)
        var generated = GeneratorHarness.Run(source).SingleCleanSource();

        // The descriptor's summary, too long for one line at this depth, is spread over lines.
        Assert.Contains("/// <summary>The Kognitos process this class runs:", generated, StringComparison.Ordinal);
        Assert.Contains(" ledger.</summary>\n", generated, StringComparison.Ordinal);
    }

    [Fact]
    public void Schemas_and_descriptor_take_named_arguments_one_a_line()
    {
        var lines = Generate().Split('\n').Select(line => line.Trim()).ToList();

        string[] expected =
        [
            "private static readonly global::KognitosGen.Binding.KognitosInputSchema __KognitosInputs = new(",
            "factNames: new string[] { \"amount\" });",
            "private static readonly global::KognitosGen.Binding.KognitosOutputSchema __KognitosOutputs = new(",
            "factNames: new string[] { \"the output total\", \"the output note\" },",
            "expectedTypes: new string[] { \"decimal\", \"string?\" },",
            "optional: new bool[] { false, true });",
            "private static readonly global::KognitosGen.KognitosProcessDescriptor __KognitosDescriptor = new(",
            "name: \"to add up\",",
            "agentId: \"agent\",",
            "processId: \"process\",",
            "stage: global::KognitosGen.KognitosStage.Published,",
            "inputNames: __KognitosInputs.FactNames,",
            "outputNames: __KognitosOutputs.FactNames,",
            "fileNames: global::System.Array.Empty<string>());",
        ];
        var start = lines.IndexOf(expected[0]);
        Assert.True(start >= 0, "no input schema");
        Assert.Equal(expected, lines.Skip(start).Take(expected.Length));
    }

    [Fact]
    public void Each_declaration_comes_after_what_it_uses()
    {
        var generated = Generate();

        // Static fields start in text order: the descriptor reads the schemas' fact names, so it follows them; the
        // converters come before the members that pass them, and the entry points last.
        string[] order =
        [
            "__KognitosInputs = new(",
            "__KognitosOutputs = new(",
            "__KognitosDescriptor = new(",
            "__KognitosConverter0 =",
            "KognitosDescriptor => __KognitosDescriptor;",
            ".WriteInputs(",
            ".GetFiles()",
            ".BindOutputs(",
            " StartAsync(",
            " RunAsync(",
        ];
        var positions = order.Select(text => generated.IndexOf(text, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    private static string Generate() =>
        GeneratorHarness.Run("""
            using KognitosGen;

            namespace Sums;

            [KognitosProcess("to add up", AgentId = "agent", ProcessId = "process")]
            public partial class AddUp
            {
                [KognitosInput("amount")] public decimal Amount { get; init; }
                [KognitosOutput("the output total")] public decimal Total { get; private set; }
                [KognitosOutput("the output note")] public string? Note { get; private set; }
            }
            """).SingleCleanSource();
}
