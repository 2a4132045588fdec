using System.Text.Json;

namespace KognitosGen.Tests.Infrastructure;

/// <summary>
/// What the source generator will write for an invoice process, written by hand so the runtime's typed path
/// can be tested on its own.
/// </summary>
public sealed class HandWrittenInvoice : IKognitosProcess
{
    public static KognitosProcessDescriptor Shape(string? agentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z", string? processId = "b4fznghynbdemslfd5k044fgd") => new(
        "to process the invoices", agentId, processId, KognitosStage.Published,
        ["invoice number", "amount"], ["the output total", "the output vendor"], ["invoice"]);

    public KognitosProcessDescriptor Descriptor { get; init; } = Shape();

    public required string InvoiceNumber { get; init; }

    public decimal Amount { get; init; }

    public KognitosFile? Scan { get; init; }

    public decimal Total { get; private set; }

    public string? Vendor { get; private set; }

    public void WriteInputs(Utf8JsonWriter writer) => WriteInputs(writer, InvoiceNumber, Amount);

    /// <summary>The invoice process's two inputs, as the generated code writes them; other hand-written shapes reuse it.</summary>
    public static void WriteInputs(Utf8JsonWriter writer, string invoiceNumber, decimal amount)
    {
        writer.WriteStartObject();
        writer.WriteString("name", "invoice number");
        writer.WriteString("value", invoiceNumber);
        writer.WriteEndObject();
        writer.WriteStartObject();
        writer.WriteString("name", "amount");
        writer.WriteNumber("value", amount);
        writer.WriteEndObject();
    }

    public IReadOnlyList<KognitosFileInput> GetFiles() => Scan is null ? [] : [new KognitosFileInput("invoice", Scan)];

    // Looked up as the generated binder matches: the exact fact name, else its normalised form ("total").
    public void BindOutputs(KognitosRun run)
    {
        // A number may come as its string, as the generated readers take it.
        if (run.TryGetOutput("the output total", out var total))
            Total = total.Value.ValueKind == JsonValueKind.String
                ? decimal.Parse(total.Value.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                : total.Value.GetDecimal();
        if (run.TryGetOutput("the output vendor", out var vendor))
            Vendor = vendor.Value.GetString();
    }
}
