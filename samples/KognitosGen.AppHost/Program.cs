using Aspire.Hosting;

var builder = DistributedApplication.CreateBuilder(args);

// The emulator as a local executable, built with this app host: no account, no container.
var kognitos = builder.AddKognitosEmulator("kognitos", Path.Combine(AppContext.BaseDirectory, "KognitosGen.Emulator.dll"))
    .WithScenario(Path.Combine("..", "emulator", "demo.json"));

// The worker runs one typed invoice process against it, its traces and metrics in the dashboard.
builder.AddProject<Projects.KognitosGen_WorkerSample>("worker")
    .WithReference(kognitos)
    .WaitFor(kognitos);

builder.Build().Run();
