using KognitosGen;

namespace KognitosGen.Sample.Processes;

/// <summary>Checks an invoice and reports its total and vendor.</summary>
[KognitosProcess("to process the invoices", ProcessId = "b4fznghynbdemslfd5k044fgd")]
public sealed partial class ProcessInvoice
{
    /// <summary>The invoice's number.</summary>
    [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }

    /// <summary>The amount claimed.</summary>
    [KognitosInput("amount")] public decimal Amount { get; init; }

    /// <summary>A scan of the invoice, if there is one.</summary>
    [KognitosFile("invoice")] public KognitosFile? Scan { get; init; }

    /// <summary>The total Kognitos found.</summary>
    [KognitosOutput("the output total")] public decimal Total { get; private set; }

    /// <summary>The vendor Kognitos found.</summary>
    [KognitosOutput("the output vendor")] public string? Vendor { get; private set; }

    /// <summary>Whether the invoice was approved.</summary>
    [KognitosOutput("the output approved")] public bool Approved { get; private set; }

    /// <summary>The names of the files the run received.</summary>
    [KognitosOutput("the output files")] public IReadOnlyList<string> Files { get; private set; } = [];
}
