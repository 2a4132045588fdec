using KognitosGen;
using KognitosGen.Emulator;
using KognitosGen.Sample;

// With no KOGNITOS_API_KEY the sample starts the Kognitos emulator in-process with the demo scenario;
// with one (and KOGNITOS_REGION or KOGNITOS_BASE_URL), it talks to real Kognitos.
var useEmulator = string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable));
await using var emulator = useEmulator ? await KognitosEmulator.StartDemoAsync() : null;
var options = emulator is null
    ? KognitosClientOptions.FromEnvironment()
    : new KognitosClientOptions { BaseUrl = emulator.BaseAddress, ApiKey = DemoScenario.ApiKey };
options.Polling.InitialInterval = TimeSpan.FromMilliseconds(100);

using var client = new KognitosClient(options);
Console.WriteLine(emulator is null ? $"Kognitos at {client.BaseAddress}" : $"Kognitos emulator (in-process) at {client.BaseAddress}");

var health = await client.GetHealthAsync();
Console.WriteLine($"Health: {health.Status}");

try
{
    await SampleRuns.RunAllAsync(client, Console.Out);
    return 0;
}
catch (Exception error) when (error is KognitosApiException or KognitosRunFailedException or KognitosWaitTimeoutException)
{
    Console.Error.WriteLine(error.Message);
    return 1;
}
