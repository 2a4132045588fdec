using KognitosGen.Benchmarks.Runtime;
using KognitosGen.Testing;

namespace KognitosGen.Benchmarks.TestKit;

/// <summary>The typed test both servers serve: one run of <see cref="InvoiceReview"/>, started, waited on and bound.</summary>
public static class InvoiceReviewRun
{
    /// <summary>The inputs every run sends.</summary>
    public static InvoiceReview Input() => new()
    {
        InvoiceNumber = "INV-2025-0042", Amount = 1234.56m, Quantity = 17, Urgent = true, DueBy = new DateOnly(2025, 4, 30), Level = ReviewPriority.High,
    };

    /// <summary>The outputs of <see cref="RunBody"/>, scripted through the test kit.</summary>
    public static KognitosOutputs<InvoiceReview> Outputs() => new()
    {
        [p => p.Vendor] = "Northwind Traders",
        [p => p.Total] = 1234.56m,
        [p => p.LineCount] = 17,
        [p => p.Approved] = true,
        [p => p.ReviewedAt] = new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero),
        [p => p.DueDate] = new DateOnly(2025, 4, 30),
        [p => p.DocumentId] = Guid.Parse("6f1c2a9e-3b7d-4e85-9c41-2d8f0a6b5e13"),
        [p => p.Priority] = ReviewPriority.High,
        [p => p.Tags] = new List<string> { "freight", "eu", "q1" },
        [p => p.Confidence] = 0.9375,
        [p => p.Discount] = 12.5m,
        [p => p.Fields] = new Dictionary<string, string> { ["currency"] = "EUR", ["po"] = "PO-77812", ["cost centre"] = "4410" },
    };

    /// <summary>One typed run through <paramref name="client"/>; throws unless every output was bound.</summary>
    public static async Task RunAsync(KognitosClient client)
    {
        var result = await client.RunAsync(Input()).ConfigureAwait(false);
        result.Process.Verify();
    }
}
