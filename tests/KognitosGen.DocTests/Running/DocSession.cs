using KognitosGen.Emulator;

namespace KognitosGen.DocTests.Running;

/// <summary>
/// What a running doc block talks to: a fresh in-process emulator with the demo scenario and a client on it. The
/// contexts (Contexts/client.cs) read it through <see cref="Current"/>, which flows with the block's run.
/// </summary>
public sealed class DocSession : IAsyncDisposable
{
    private static readonly AsyncLocal<DocSession?> Active = new();

    private DocSession(KognitosEmulator emulator, KognitosClient client)
    {
        Emulator = emulator;
        Client = client;
    }

    public static DocSession Current =>
        Active.Value ?? throw new InvalidOperationException("No doc block is running: the contexts' values exist only while the harness runs a block.");

    public KognitosEmulator Emulator { get; }

    public KognitosClient Client { get; }

    /// <summary>Starts the emulator; <see cref="Enter"/> makes the session current.</summary>
    public static async Task<DocSession> StartAsync()
    {
        var emulator = await KognitosEmulator.StartDemoAsync();
        var client = new KognitosClient(new KognitosClientOptions { BaseUrl = emulator.BaseAddress, ApiKey = "dev-key" });
        return new DocSession(emulator, client);
    }

    /// <summary>
    /// Makes this session current for the caller's flow and what it awaits (set by the caller itself: a value set
    /// inside an async method does not flow back out of it).
    /// </summary>
    public void Enter() => Active.Value = this;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
