using KognitosGen;

namespace KognitosWorker.Processes;

/// <summary>The Kognitos process this worker runs: inputs go in, typed outputs come back.</summary>
[KognitosProcess("PROCESS_NAME_VALUE", ProcessId = "PROCESS_ID_VALUE")]
public sealed partial class KognitosProcess
{
    /// <summary>The invoice's number.</summary>
    [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }

    /// <summary>The amount claimed.</summary>
    [KognitosInput("amount")] public decimal Amount { get; init; }

    /// <summary>The total Kognitos found.</summary>
    [KognitosOutput("the output total")] public decimal Total { get; private set; }

    /// <summary>The vendor Kognitos found.</summary>
    [KognitosOutput("the output vendor")] public string? Vendor { get; private set; }
}
