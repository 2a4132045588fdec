using KognitosGen;
using KognitosGen.Emulator;
using KognitosGen.WorkerSample;

var builder = Host.CreateApplicationBuilder(args);

// Under the Aspire app host (samples/KognitosGen.AppHost), WithReference hands over ConnectionStrings:kognitos: the
// Aspire client integration takes it, with the health check and traces and metrics to the dashboard.
var underAppHost = !string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(AppHostTelemetry.ConnectionName));

// Otherwise configuration comes from appsettings.json's "Kognitos" section and KOGNITOS_API_KEY. Without a key, run against
// the Kognitos emulator in-process instead.
var useEmulator = !underAppHost && string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable))
    && string.IsNullOrWhiteSpace(builder.Configuration["Kognitos:ApiKey"]);
await using var emulator = useEmulator ? await KognitosEmulator.StartDemoAsync() : null;

if (underAppHost)
{
    builder.AddKognitosClient(AppHostTelemetry.ConnectionName);
    builder.AddAppHostTelemetry();
}
else
{
    builder.Services.AddKognitos(options =>
    {
        if (emulator is null)
            return;
        options.BaseUrl = emulator.BaseAddress;
#pragma warning disable KOG0010 // The demo scenario's key for the in-process emulator, not a secret.
        options.ApiKey = "dev-key";
#pragma warning restore KOG0010
    });
}
// Traces and metrics to the console with Telemetry__Console=true (see ConsoleTelemetry); off by default.
builder.AddConsoleTelemetryWhenEnabled();
builder.Services.AddSingleton<InvoiceWorker>();
builder.Services.AddHostedService(provider => provider.GetRequiredService<InvoiceWorker>());

using var host = builder.Build();
var worker = host.Services.GetRequiredService<InvoiceWorker>();
await host.RunAsync();
return worker.ExitCode;
