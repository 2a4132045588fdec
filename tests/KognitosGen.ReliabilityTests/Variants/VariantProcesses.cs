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
