namespace KognitosGen.ReliabilityTests.Variants;

/// <summary>A process whose emulated runs end Failed, to check that waits end in that state under every spelling.</summary>
[KognitosProcess("to fail an invoice", AgentId = VariantScenario.Agent, ProcessId = VariantScenario.Failing)]
public sealed partial class FailingInvoice
{
    [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }
}

/// <summary>A process whose emulated runs end TimedOut (TIMED_OUT, timedout, ... depending on the variant).</summary>
[KognitosProcess("to time out", AgentId = VariantScenario.Agent, ProcessId = VariantScenario.TimingOut)]
public sealed partial class TimingOutInvoice
{
    [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }
}

/// <summary>A process that takes a file, so file IDs of every shape go through an upload and a start.</summary>
[KognitosProcess("to read a scan", AgentId = VariantScenario.Agent, ProcessId = VariantScenario.Scans)]
public sealed partial class ScanReader
{
    [KognitosFile("scan")] public required KognitosFile Scan { get; init; }

    [KognitosOutput("the output total items")] public int TotalItems { get; private set; }
}

/// <summary>The Published stage of a process that has both stages: its runs succeed and approve.</summary>
[KognitosProcess("to approve an invoice", AgentId = VariantScenario.Agent, ProcessId = VariantScenario.BothStages, Stage = KognitosStage.Published)]
public sealed partial class PublishedApproval
{
    [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }

    [KognitosOutput("the output approved")] public bool Approved { get; private set; }
}

/// <summary>The Draft stage of the same process: its runs end Failed, an outcome of its own.</summary>
#pragma warning disable KOG0009 // The Draft stage is what this test runs, in every configuration.
[KognitosProcess("to approve an invoice", AgentId = VariantScenario.Agent, ProcessId = VariantScenario.BothStages, Stage = KognitosStage.Draft)]
#pragma warning restore KOG0009
public sealed partial class DraftApproval
{
    [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }
}
