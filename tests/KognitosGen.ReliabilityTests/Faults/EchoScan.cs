namespace KognitosGen.ReliabilityTests.Faults;

/// <summary>A process that takes a file and echoes an input and the file's name, so every file run can be checked.</summary>
[KognitosProcess("to echo a scan", AgentId = FaultScenario.Agent, ProcessId = FaultScenario.Scans)]
public sealed partial class EchoScan
{
    [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }
    [KognitosFile("scan")] public required KognitosFile Scan { get; init; }

    [KognitosOutput("the output invoice number")] public string? EchoedNumber { get; private set; }
    [KognitosOutput("the output file names")] public List<string> FileNames { get; private set; } = [];
}
