using KognitosGen.SourceGenerators.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using static KognitosGen.Analyzers.Tests.SchemaLock.SchemaLockTest;

namespace KognitosGen.Analyzers.Tests.SchemaLock;

/// <summary>KOG0016, KOG0017, KOG0018: a process class's ID, name and stage against the lock.</summary>
public sealed class ProcessRulesTests
{
    private const string NoNearId = "the ID may belong to another agent, or the process was deleted (pull the lock again if it is new)";

    [Fact]
    public Task KOG0016_fires_for_a_process_id_the_agent_does_not_have_and_names_the_lock() => VerifyWith("""
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = {|#0:"elsewhere"|})]
        public partial class P { }
        """,
        new DiagnosticResult(DiagnosticDescriptors.ProcessNotInLock).WithLocation(0).WithArguments("agent1", "elsewhere", "kognitos.schema.json", "P", NoNearId));

    [Fact]
    public Task KOG0016_suggests_the_id_two_swapped_characters_away_and_names_its_process() => VerifyWith("""
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = {|#0:"b4fznghynbdemslfd5k04f4gd"|})]
        public partial class P { }
        """, TestLocks.NearIds,
        new DiagnosticResult(DiagnosticDescriptors.ProcessNotInLock).WithLocation(0)
            .WithArguments("agent1", "b4fznghynbdemslfd5k04f4gd", "kognitos.schema.json", "P", "did you mean 'b4fznghynbdemslfd5k044fgd' (to process the invoices)?"));

    [Fact]
    public Task KOG0016_suggests_an_id_two_edits_away() => VerifyWith("""
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = {|#0:"b4fznghynbdemslfd5k044f"|})]
        public partial class P { }
        """, TestLocks.NearIds,
        new DiagnosticResult(DiagnosticDescriptors.ProcessNotInLock).WithLocation(0)
            .WithArguments("agent1", "b4fznghynbdemslfd5k044f", "kognitos.schema.json", "P", "did you mean 'b4fznghynbdemslfd5k044fgd' (to process the invoices)?"));

    [Fact]
    public Task KOG0016_suggests_nothing_three_edits_away() => VerifyWith("""
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = {|#0:"b4fznghynbdemslfd5k0xxxgd"|})]
        public partial class P { }
        """, TestLocks.NearIds,
        new DiagnosticResult(DiagnosticDescriptors.ProcessNotInLock).WithLocation(0)
            .WithArguments("agent1", "b4fznghynbdemslfd5k0xxxgd", "kognitos.schema.json", "P", NoNearId));

    [Fact]
    public Task KOG0016_suggests_nothing_when_two_ids_are_equally_near() => VerifyWith("""
        [KognitosProcess("to file the receipts", AgentId = "agent1", ProcessId = {|#0:"q1w2e3r4t5y6u7i8o9p0a1s2c"|})]
        public partial class P { }
        """, TestLocks.NearIds,
        new DiagnosticResult(DiagnosticDescriptors.ProcessNotInLock).WithLocation(0)
            .WithArguments("agent1", "q1w2e3r4t5y6u7i8o9p0a1s2c", "kognitos.schema.json", "P", NoNearId));

    [Fact]
    public Task KOG0016_allows_one_edit_only_in_a_short_id() => VerifyWith("""
        [KognitosProcess("to check one invoice", AgentId = "agent1", ProcessId = {|#0:"niv1"|})]
        public partial class Swapped { }

        [KognitosProcess("to check one invoice", AgentId = "agent1", ProcessId = {|#1:"ixv2"|})]
        public partial class TwoOff { }
        """, TestLocks.NearIds,
        new DiagnosticResult(DiagnosticDescriptors.ProcessNotInLock).WithLocation(0)
            .WithArguments("agent1", "niv1", "kognitos.schema.json", "Swapped", "did you mean 'inv1' (to check one invoice)?"),
        new DiagnosticResult(DiagnosticDescriptors.ProcessNotInLock).WithLocation(1)
            .WithArguments("agent1", "ixv2", "kognitos.schema.json", "TwoOff", NoNearId));

    [Fact]
    public Task KOG0016_names_a_nested_class_with_its_container() => VerifyWith("""
        public partial class Outer
        {
            [KognitosProcess("x", AgentId = "agent1", ProcessId = {|#0:"invoicse"|})]
            public partial class Inner { }
        }
        """, TestLocks.Standard,
        new DiagnosticResult(DiagnosticDescriptors.ProcessNotInLock).WithLocation(0)
            .WithArguments("agent1", "invoicse", "kognitos.schema.json", "Outer.Inner", "did you mean 'invoices' (to process the invoices)?"));

    [Fact]
    public Task KOG0016_uses_the_assembly_default_agent() => Verify("""
        [assembly: KognitosDefaults(AgentId = "agent1")]
        [KognitosProcess("x", ProcessId = {|KOG0016:"elsewhere"|})]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0016_uses_the_KognitosAgentId_msbuild_property() => Verify("""
        [KognitosProcess("x", ProcessId = {|KOG0016:"elsewhere"|})]
        public partial class P { }
        """, globalConfig: "build_property.KognitosAgentId = agent1");

    [Fact]
    public Task KOG0016_is_silent_for_an_agent_the_lock_does_not_have() => Verify("""
        [KognitosProcess("x", AgentId = "agent2", ProcessId = "elsewhere")]
        public partial class P { }
        """);

    [Fact]
    public Task The_attribute_agent_wins_over_the_assembly_default() => Verify("""
        [assembly: KognitosDefaults(AgentId = "agent1")]
        [KognitosProcess("x", AgentId = "agent2", ProcessId = "elsewhere")]
        public partial class P { }
        """);

    [Fact]
    public Task No_rule_runs_without_a_lock() => Verify("""
        [KognitosProcess("a wrong name", AgentId = "agent1", ProcessId = "elsewhere", Stage = KognitosStage.Draft)]
        public partial class P
        {
            [KognitosOutput("the output totl")] public int Total { get; private set; }
        }
        """, lockText: null);

    [Fact]
    public Task A_lock_under_another_name_is_read_when_KognitosSchemaFile_names_it() => Verify("""
        [KognitosProcess("x", AgentId = "agent1", ProcessId = {|KOG0016:"elsewhere"|})]
        public partial class P { }
        """, lockPath: "/locks/shared.lock.json", globalConfig: "build_property.KognitosSchemaFile = ../locks/shared.lock.json");

    [Fact]
    public Task A_file_under_another_name_is_not_a_lock_without_KognitosSchemaFile() => Verify("""
        [KognitosProcess("x", AgentId = "agent1", ProcessId = "elsewhere")]
        public partial class P { }
        """, lockPath: "/locks/shared.lock.json");

    [Fact]
    public Task KOG0017_fires_for_a_renamed_process_and_carries_the_locks_name() => VerifyWith("""
        [KognitosProcess({|#0:"to process invoices"|}, AgentId = "agent1", ProcessId = "invoices")]
        public partial class P { }
        """,
        new DiagnosticResult(DiagnosticDescriptors.ProcessNameDiffersFromLock).WithLocation(0)
            .WithArguments("invoices", "to process the invoices", "kognitos.schema.json", "to process invoices"));

    [Fact]
    public Task KOG0017_is_silent_when_the_name_matches() => Verify("""
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "invoices")]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0018_fires_at_the_stage_argument_when_it_differs() => VerifyWith("""
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "invoices", Stage = {|#0:KognitosStage.Draft|})]
        public partial class P { }
        """,
        new DiagnosticResult(DiagnosticDescriptors.StageDiffersFromLock).WithLocation(0)
            .WithArguments("to process the invoices", "P", "Draft", "kognitos.schema.json", "Published"));

    [Fact]
    public Task KOG0018_fires_at_the_attribute_when_the_default_stage_differs() => Verify("""
        [{|KOG0018:KognitosProcess("to draft the letters", AgentId = "agent1", ProcessId = "drafting")|}]
        public partial class P { }
        """);

    [Fact]
    public Task KOG0018_follows_the_msbuild_stage_default() => Verify("""
        [KognitosProcess("to draft the letters", AgentId = "agent1", ProcessId = "drafting")]
        public partial class P { }
        """, globalConfig: "build_property.KognitosProcessStage = Draft");

    [Fact]
    public Task KOG0018_is_silent_when_the_stage_matches() => Verify("""
        [KognitosProcess("to draft the letters", AgentId = "agent1", ProcessId = "drafting", Stage = KognitosStage.Draft)]
        public partial class P { }
        """);
}
