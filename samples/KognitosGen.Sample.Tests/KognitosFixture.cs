namespace KognitosGen.Sample.Tests;

/// <summary>
/// One test server per test class (xunit's IClassFixture); each test scripts what it needs. A server per test
/// (<c>await using var kognitos = await KognitosTestServer.StartAsync();</c>) works as well.
/// </summary>
public sealed class KognitosFixture : IAsyncLifetime
{
    public KognitosTestServer Kognitos { get; private set; } = null!;

    public async Task InitializeAsync() => Kognitos = await KognitosTestServer.StartAsync();

    public async Task DisposeAsync() => await Kognitos.DisposeAsync();
}
