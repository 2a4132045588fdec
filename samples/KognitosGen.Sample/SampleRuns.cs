using System.Text.Json;

namespace KognitosGen.Sample;

/// <summary>Runs each demo process once and prints its outputs.</summary>
internal static class SampleRuns
{
    public static async Task RunAllAsync(KognitosClient client, TextWriter output)
    {
        await foreach (var process in client.ListProcessesAsync(DemoScenario.AgentId))
            output.WriteLine($"Process {process.Id}: '{process.Name}' ({process.Stage})");

        var invoice = await client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = "Invoice INV-42",
            AgentId = DemoScenario.AgentId,
            ProcessId = DemoScenario.InvoiceProcessId,
            Stage = KognitosStage.Published,
            Inputs = [Input("invoice number", "INV-42"), Input("amount", 99.5m)],
        });
        await PrintWhenDoneAsync(client, invoice, output);

        var resume = KognitosFile.FromBytes("resume-ada.txt", "Ada Lovelace, analyst at Contoso"u8.ToArray(), "text/plain");
        var fileId = await client.UploadFileAsync(resume, DemoScenario.AgentId);
        var resumes = await client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = "Resumes batch 1",
            AgentId = DemoScenario.AgentId,
            ProcessId = DemoScenario.ResumeProcessId,
            Stage = KognitosStage.Published,
            FileIds = [fileId],
        });
        await PrintWhenDoneAsync(client, resumes, output);
    }

    private static async Task PrintWhenDoneAsync(KognitosClient client, KognitosRun started, TextWriter output)
    {
        output.WriteLine($"Started run {started.Id} ('{started.Name}'): {started.StatusText}");
        var run = (await client.WaitForCompletionAsync(started.Id)).EnsureSucceeded();
        output.WriteLine($"Run {run.Id} {run.StatusText}:");
        foreach (var fact in run.Outputs)
            output.WriteLine($"  {fact.Name} = {fact.Value.GetRawText()}");
    }

    private static KognitosNameValue Input(string name, string value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, SampleJson.Default.String) };

    private static KognitosNameValue Input(string name, decimal value) =>
        new() { Name = name, Value = JsonSerializer.SerializeToElement(value, SampleJson.Default.Decimal) };
}
