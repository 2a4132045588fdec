using KognitosGen.Emulator;

namespace KognitosGen.Tests.Emulator;

/// <summary>A fresh emulator of <see cref="EmulatorScenarios.Build"/> and an organisation-key client, per test.</summary>
public abstract class EmulatorTest : IAsyncLifetime
{
    protected KognitosEmulator Emulator { get; private set; } = null!;

    protected KognitosClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build());
        Client = EmulatorScenarios.ClientFor(Emulator);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
