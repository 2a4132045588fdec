using KognitosGen;
using KognitosWorker;

var builder = Host.CreateApplicationBuilder(args);

// The client reads the "Kognitos" section of appsettings.json and KOGNITOS_API_KEY from the environment.
builder.Services.AddKognitos(builder.Configuration.GetSection("Kognitos"));
builder.Services.AddHostedService<Worker>();

using var host = builder.Build();
await host.RunAsync();
