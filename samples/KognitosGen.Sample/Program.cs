using KognitosGen;
using KognitosGen.Emulator;
using KognitosGen.Sample.Processes;

// With no KOGNITOS_API_KEY the sample starts the Kognitos emulator in-process with the demo scenario
// (samples/emulator/demo.json); with one (and KOGNITOS_REGION or KOGNITOS_BASE_URL) it talks to real Kognitos.
var useEmulator = string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable));
await using var emulator = useEmulator ? await KognitosEmulator.StartDemoAsync() : null;
var options = emulator is null
    ? KognitosClientOptions.FromEnvironment()
#pragma warning disable KOG0010 // The demo scenario's key for the in-process emulator, not a secret.
    : new KognitosClientOptions { BaseUrl = emulator.BaseAddress, ApiKey = "dev-key" };
#pragma warning restore KOG0010
options.Polling.InitialInterval = TimeSpan.FromMilliseconds(100);

using var client = new KognitosClient(options);
Console.WriteLine(emulator is null ? $"Kognitos at {client.BaseAddress}" : $"Kognitos emulator (in-process) at {client.BaseAddress}");

try
{
    var invoice = await new ProcessInvoice
    {
        InvoiceNumber = "INV-42",
        Amount = 1234.56m,
        Scan = KognitosFile.FromBytes("INV-42.pdf", "%PDF-1.7 invoice 42"u8.ToArray(), "application/pdf"),
    }.RunAsync(client);
    Console.WriteLine($"'{ProcessInvoice.KognitosDescriptor.Name}' (run {invoice.Run.Id}):");
    Console.WriteLine($"  total {invoice.Process.Total}, vendor {invoice.Process.Vendor}, approved {invoice.Process.Approved}, files [{string.Join(", ", invoice.Process.Files)}]");

    var companies = await new ExtractCompanyNames
    {
        Resumes =
        [
            KognitosFile.FromBytes("ada.txt", "Ada Lovelace, analyst at Contoso"u8.ToArray(), "text/plain"),
            KognitosFile.FromBytes("grace.txt", "Grace Hopper, engineer at Fabrikam"u8.ToArray(), "text/plain"),
        ],
    }.RunAsync(client);
    Console.WriteLine($"'{ExtractCompanyNames.KognitosDescriptor.Name}' (run {companies.Run.Id}):");
    Console.WriteLine($"  {companies.Process.ResumeCount} resumes name {string.Join(", ", companies.Process.Companies)}");

    var feedback = await new SummarizeFeedback
    {
        Comments = ["Love the new dashboard.", "Exports are slow.", "Great support team."],
    }.RunAsync(client);
    Console.WriteLine($"'{SummarizeFeedback.KognitosDescriptor.Name}' ({SummarizeFeedback.KognitosDescriptor.Stage}, run {feedback.Run.Id}):");
    Console.WriteLine($"  {feedback.Process.Sentiment} ({feedback.Process.Score:0.00}) on {feedback.Process.ReviewedAt:yyyy-MM-dd HH:mm zzz}: {feedback.Process.Summary}");
    return 0;
}
catch (Exception error) when (error is KognitosApiException or KognitosRunFailedException or KognitosWaitTimeoutException or KognitosBindingException)
{
    Console.Error.WriteLine(error.Message);
    return 1;
}
