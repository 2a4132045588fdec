using System.Text.Json;
using KognitosGen;

namespace KognitosGen.Benchmarks.Runtime;

/// <summary>How urgent an invoice is; bound from its name.</summary>
public enum ReviewPriority
{
    Low,
    Normal,
    High,
    Critical,
}

/// <summary>
/// The process the runtime benchmarks start and bind: 6 inputs and 12 outputs of mixed types. The generator that
/// ships with KognitosGen implements <see cref="IKognitosProcess"/> for it at build time.
/// </summary>
[KognitosProcess("to review the invoice", AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z", ProcessId = "b4fznghynbdemslfd5k044fgd")]
public sealed partial class InvoiceReview
{
    [KognitosInput("invoice number")] public string InvoiceNumber { get; init; } = "";
    [KognitosInput("amount")] public decimal Amount { get; init; }
    [KognitosInput("quantity")] public int Quantity { get; init; }
    [KognitosInput("urgent")] public bool Urgent { get; init; }
    [KognitosInput("due by")] public DateOnly DueBy { get; init; }
    [KognitosInput("level")] public ReviewPriority Level { get; init; }

    [KognitosOutput("the output vendor")] public string Vendor { get; private set; } = "";
    [KognitosOutput("the output total")] public decimal Total { get; private set; }
    [KognitosOutput("the output line count")] public int LineCount { get; private set; }
    [KognitosOutput("the output approved")] public bool Approved { get; private set; }
    [KognitosOutput("the output reviewed at")] public DateTimeOffset ReviewedAt { get; private set; }
    [KognitosOutput("the output due date")] public DateOnly DueDate { get; private set; }
    [KognitosOutput("the output document id")] public Guid DocumentId { get; private set; }
    [KognitosOutput("the output priority")] public ReviewPriority Priority { get; private set; }
    [KognitosOutput("the output tags")] public List<string> Tags { get; private set; } = [];
    [KognitosOutput("the output confidence")] public double Confidence { get; private set; }
    [KognitosOutput("the output discount")] public decimal? Discount { get; private set; }
    [KognitosOutput("the output fields")] public Dictionary<string, string> Fields { get; private set; } = [];

    /// <summary>Sets every output; for the hand-written binders, which live outside the class.</summary>
    internal void SetOutputs(
        string vendor, decimal total, int lineCount, bool approved, DateTimeOffset reviewedAt, DateOnly dueDate,
        Guid documentId, ReviewPriority priority, List<string> tags, double confidence, decimal? discount,
        Dictionary<string, string> fields)
    {
        Vendor = vendor;
        Total = total;
        LineCount = lineCount;
        Approved = approved;
        ReviewedAt = reviewedAt;
        DueDate = dueDate;
        DocumentId = documentId;
        Priority = priority;
        Tags = tags;
        Confidence = confidence;
        Discount = discount;
        Fields = fields;
    }

    /// <summary>Throws unless every output holds the value <see cref="RunBody"/> carries; guards the benchmarks against binding nothing.</summary>
    internal void Verify()
    {
        if (Vendor != "Northwind Traders" || Total != 1234.56m || LineCount != 17 || !Approved
            || ReviewedAt != new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero) || DueDate != new DateOnly(2025, 4, 30)
            || DocumentId != Guid.Parse("6f1c2a9e-3b7d-4e85-9c41-2d8f0a6b5e13") || Priority != ReviewPriority.High
            || Tags.Count != 3 || Tags[2] != "q1" || Confidence != 0.9375 || Discount != 12.5m
            || Fields.Count != 3 || Fields["currency"] != "EUR")
        {
            throw new InvalidOperationException("The outputs were not bound as the body says: " + JsonSerializer.Serialize(this));
        }
    }
}
