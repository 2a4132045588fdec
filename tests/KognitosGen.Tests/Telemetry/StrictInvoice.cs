using System.Text.Json;
using KognitosGen.Binding;
using KognitosGen.Tests.Emulator;
using KognitosGen.Tests.Infrastructure;

namespace KognitosGen.Tests.Telemetry;

/// <summary>
/// The emulator's invoice process with one output too many: "the output approved", which that process never
/// returns, so binding fails as generated code fails it (<see cref="KognitosBindingErrors"/>).
/// </summary>
public sealed class StrictInvoice : IKognitosProcess
{
    public KognitosProcessDescriptor Descriptor { get; } = new(
        "to process the invoices", EmulatorScenarios.Agent, EmulatorScenarios.Invoices, KognitosStage.Published,
        ["invoice number", "amount"], ["the output total", "the output approved"], []);

    public required string InvoiceNumber { get; init; }

    public decimal Amount { get; init; }

    public void WriteInputs(Utf8JsonWriter writer) => HandWrittenInvoice.WriteInputs(writer, InvoiceNumber, Amount);

    public IReadOnlyList<KognitosFileInput> GetFiles() => [];

    public void BindOutputs(KognitosRun run)
    {
        var errors = new KognitosBindingErrors();
        if (!run.TryGetOutput("the output approved", out _))
            errors.AddMissing("the output approved", "bool");
        errors.ThrowIfAny(run);
    }
}
