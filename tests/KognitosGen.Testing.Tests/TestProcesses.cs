namespace KognitosGen.Testing.Tests;

[KognitosProcess("to process the invoices", AgentId = "agent01", ProcessId = "invoices01")]
public sealed partial class Invoice
{
    [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }
    [KognitosInput("amount")] public decimal Amount { get; init; }
    [KognitosInput("due")] public DateOnly? Due { get; init; }
    [KognitosInput("note")] public string? Note { get; init; }
    [KognitosFile("invoice")] public IReadOnlyList<KognitosFile>? Scans { get; init; }

    [KognitosOutput("the output total")] public decimal Total { get; private set; }
    [KognitosOutput("the output vendor")] public string? Vendor { get; private set; }
    [KognitosOutput("the output lines")] public List<string>? Lines { get; private set; }
    [KognitosOutput("the output paid at")] public DateTimeOffset? PaidAt { get; private set; }
    [KognitosOutput("the output priority")] public Priority? Priority { get; private set; }
}

public enum Priority
{
    Low,
    High,
}

#pragma warning disable KOG0009 // A Draft process on purpose: the kit must script its stage too.
[KognitosProcess("to summarize feedback", AgentId = "agent01", ProcessId = "feedback01", Stage = KognitosStage.Draft)]
#pragma warning restore KOG0009
public sealed partial class Feedback
{
    [KognitosInput("comments")] public required string[] Comments { get; init; }

    [KognitosOutput("the output summary")] public string Summary { get; private set; } = "";
    [KognitosOutput("the output score")] public double Score { get; private set; }
}

/// <summary>A process no test scripts, for the 404.</summary>
[KognitosProcess("to archive", AgentId = "agent02", ProcessId = "archive01")]
public sealed partial class Archive
{
    [KognitosInput("folder")] public required string Folder { get; init; }
}

/// <summary>A process only the run-duration test starts, so that its measurements are told apart by process.</summary>
[KognitosProcess("to ship the orders", AgentId = "agent01", ProcessId = "shipments01")]
public sealed partial class Shipment
{
    [KognitosInput("order number")] public required string OrderNumber { get; init; }

    [KognitosOutput("the output carrier")] public string? Carrier { get; private set; }
}
