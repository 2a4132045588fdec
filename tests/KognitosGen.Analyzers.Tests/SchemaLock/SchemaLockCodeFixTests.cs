using KognitosGen.CodeFixes;
using KognitosGen.SourceGenerators.Analyzers.LockChecks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace KognitosGen.Analyzers.Tests.SchemaLock;

/// <summary>The schema rules' code fixes: the value from the lock for one diagnostic, and Fix All over several.</summary>
public sealed class SchemaLockCodeFixTests
{
    private static Task Fix<TFix>(string source, string fixedSource, string lockText = TestLocks.Standard)
        where TFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<SchemaLockAnalyzer, TFix>("using KognitosGen;\n" + source, "using KognitosGen;\n" + fixedSource);
        test.TestState.AdditionalFiles.Add((TestLocks.Path, lockText));
        test.FixedState.AdditionalFiles.Add((TestLocks.Path, lockText));
        // A diagnostic the fix leaves (no single near ID) is marked in the fixed source too.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    [Fact]
    public Task Use_the_locks_process_name() => Fix<UseLockedProcessNameCodeFixProvider>("""
        [KognitosProcess({|KOG0017:"to process invoices"|}, AgentId = "agent1", ProcessId = "invoices")]
        public partial class P { }
        """, """
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "invoices")]
        public partial class P { }
        """);

    [Fact]
    public Task Use_the_locks_process_name_fix_all() => Fix<UseLockedProcessNameCodeFixProvider>("""
        [KognitosProcess({|KOG0017:"to process invoices"|}, AgentId = "agent1", ProcessId = "invoices")]
        public partial class First { }

        [KognitosProcess({|KOG0017:"to draft letters"|}, AgentId = "agent1", ProcessId = "drafting", Stage = KognitosStage.Draft)]
        public partial class Second { }
        """, """
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "invoices")]
        public partial class First { }

        [KognitosProcess("to draft the letters", AgentId = "agent1", ProcessId = "drafting", Stage = KognitosStage.Draft)]
        public partial class Second { }
        """);

    [Fact]
    public Task Use_the_locks_stage_replacing_the_argument() => Fix<UseLockedStageCodeFixProvider>("""
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "invoices", Stage = {|KOG0018:KognitosStage.Draft|})]
        public partial class P { }
        """, """
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "invoices", Stage = KognitosStage.Published)]
        public partial class P { }
        """);

    [Fact]
    public Task Use_the_locks_stage_fix_all_adds_the_argument_where_there_is_none() => Fix<UseLockedStageCodeFixProvider>("""
        [{|KOG0018:KognitosProcess("to draft the letters", AgentId = "agent1", ProcessId = "drafting")|}]
        public partial class First { }

        [KognitosProcess("to draft the letters", AgentId = "agent1", ProcessId = "drafting", Stage = {|KOG0018:KognitosStage.Published|})]
        public partial class Second { }
        """, """
        [KognitosProcess("to draft the letters", AgentId = "agent1", ProcessId = "drafting", Stage = KognitosStage.Draft)]
        public partial class First { }

        [KognitosProcess("to draft the letters", AgentId = "agent1", ProcessId = "drafting", Stage = KognitosStage.Draft)]
        public partial class Second { }
        """);

    [Fact]
    public Task Use_the_closest_observed_fact() => Fix<UseObservedFactCodeFixProvider>("""
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "invoices")]
        public partial class P
        {
            [KognitosOutput({|KOG0019:"the output totl"|})] public decimal Total { get; private set; }
        }
        """, """
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "invoices")]
        public partial class P
        {
            [KognitosOutput("the output total")] public decimal Total { get; private set; }
        }
        """);

    [Fact]
    public Task Use_the_closest_observed_fact_fix_all() => Fix<UseObservedFactCodeFixProvider>("""
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "invoices")]
        public partial class P
        {
            [KognitosOutput({|KOG0019:"the output totl"|})] public decimal Total { get; private set; }
            [KognitosOutput({|KOG0019:"the output aproved"|})] public bool Approved { get; private set; }
            [KognitosOutput({|KOG0019:"the output reviewd"|})] public System.DateTimeOffset ReviewedAt { get; private set; }
        }
        """, """
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "invoices")]
        public partial class P
        {
            [KognitosOutput("the output total")] public decimal Total { get; private set; }
            [KognitosOutput("the output approved")] public bool Approved { get; private set; }
            [KognitosOutput("the output reviewed at")] public System.DateTimeOffset ReviewedAt { get; private set; }
        }
        """);

    [Fact]
    public Task Use_the_near_process_id() => Fix<UseNearProcessIdCodeFixProvider>("""
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = {|KOG0016:"b4fznghynbdemslfd5k04f4gd"|})]
        public partial class P { }
        """, """
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "b4fznghynbdemslfd5k044fgd")]
        public partial class P { }
        """, TestLocks.NearIds);

    [Fact]
    public Task Use_the_near_process_id_fix_all_leaves_the_ambiguous_one() => Fix<UseNearProcessIdCodeFixProvider>("""
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = {|KOG0016:"b4fznghynbdemslfd5k04f4gd"|})]
        public partial class First { }

        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = {|KOG0016:"b4fznghynbdemslfd5k044f"|})]
        public partial class Second { }

        [KognitosProcess("to file the receipts", AgentId = "agent1", ProcessId = {|KOG0016:"q1w2e3r4t5y6u7i8o9p0a1s2c"|})]
        public partial class Third { }
        """, """
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "b4fznghynbdemslfd5k044fgd")]
        public partial class First { }

        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "b4fznghynbdemslfd5k044fgd")]
        public partial class Second { }

        [KognitosProcess("to file the receipts", AgentId = "agent1", ProcessId = {|KOG0016:"q1w2e3r4t5y6u7i8o9p0a1s2c"|})]
        public partial class Third { }
        """, TestLocks.NearIds);

    [Fact]
    public Task No_fix_without_a_near_process_id() => Fix<UseNearProcessIdCodeFixProvider>("""
        [KognitosProcess("to file the receipts", AgentId = "agent1", ProcessId = {|KOG0016:"q1w2e3r4t5y6u7i8o9p0a1s2c"|})]
        public partial class P { }
        """, """
        [KognitosProcess("to file the receipts", AgentId = "agent1", ProcessId = {|KOG0016:"q1w2e3r4t5y6u7i8o9p0a1s2c"|})]
        public partial class P { }
        """, TestLocks.NearIds);
}
