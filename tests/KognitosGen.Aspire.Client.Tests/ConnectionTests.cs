using KognitosGen.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KognitosGen.Aspire.Client.Tests;

/// <summary>The connection: from ConnectionStrings or the settings, checked on resolution with its path named.</summary>
public sealed class ConnectionTests
{
    [Fact]
    public void A_missing_connection_registers_and_fails_on_resolution_naming_the_paths()
    {
        var builder = AspireHost.Builder([]);

        builder.AddKognitosClient("kognitos");
        using var host = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<KognitosClient>());
        Assert.Contains("ConnectionStrings:kognitos", error.Message);
        Assert.Contains("Aspire:Kognitos:kognitos:ConnectionString", error.Message);
    }

    [Fact]
    public async Task A_missing_connection_stops_the_host_at_start()
    {
        var builder = AspireHost.Builder([]);
        builder.AddKeyedKognitosClient("eu");
        using var host = builder.Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());

        Assert.Contains("ConnectionStrings:eu", error.ToString());
    }

    [Fact]
    public async Task The_connection_string_reaches_the_emulator_with_its_key()
    {
        await using var emulator = await AspireHost.StartEmulatorAsync();
        var builder = AspireHost.Builder([AspireHost.ConnectionTo(emulator)]);

        builder.AddKognitosClient("kognitos");
        using var host = builder.Build();
        var client = host.Services.GetRequiredService<KognitosClient>();
        var health = await client.GetHealthAsync();

        Assert.Equal(emulator.BaseAddress, client.BaseAddress);
        Assert.Equal(1, emulator.Counters.RequestsFor("GET", "/v2/health"));
        Assert.True(health.IsHealthy, $"the emulator answered {health.Status}");
    }

    [Fact]
    public void The_settings_connection_string_serves_when_ConnectionStrings_has_none()
    {
        var builder = AspireHost.Builder(new Dictionary<string, string?>
        {
            ["Aspire:Kognitos:kognitos:ConnectionString"] = "Endpoint=http://127.0.0.1:9/;Key=settings-key",
        });

        builder.AddKognitosClient("kognitos");
        using var host = builder.Build();

        Assert.Equal(new Uri("http://127.0.0.1:9/"), host.Services.GetRequiredService<KognitosClient>().BaseAddress);
        Assert.Equal("settings-key", host.Services.GetRequiredService<IOptionsMonitor<KognitosClientOptions>>().Get(Options.DefaultName).ApiKey);
    }

    [Fact]
    public void A_region_connection_string_selects_the_region()
    {
        var builder = AspireHost.Builder(new Dictionary<string, string?> { ["ConnectionStrings:kognitos"] = "Region=UK;Key=k" });

        builder.AddKognitosClient("kognitos");
        using var host = builder.Build();

        Assert.Equal(KognitosRegion.UK, host.Services.GetRequiredService<IOptionsMonitor<KognitosClientOptions>>().Get(Options.DefaultName).Region);
    }

    [Theory]
    [InlineData("Endpoint=not a url;Key=secret-key-123", "Endpoint")]
    [InlineData("Region=Mars;Key=secret-key-123", "Region")]
    [InlineData("Endpoint=https://x.invalid/;Password=secret-key-123", "Password")]
    public void A_bad_connection_string_names_its_path_and_part_but_never_the_key(string connectionString, string part)
    {
        var builder = AspireHost.Builder(new Dictionary<string, string?> { ["ConnectionStrings:kognitos"] = connectionString });

        builder.AddKognitosClient("kognitos");
        using var host = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<KognitosClient>());
        Assert.Contains("ConnectionStrings:kognitos", error.Message);
        Assert.Contains(part, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret-key-123", error.Message);
    }

    [Fact]
    public void The_options_callback_runs_after_the_connection_string()
    {
        var builder = AspireHost.Builder(new Dictionary<string, string?> { ["ConnectionStrings:kognitos"] = "Endpoint=http://127.0.0.1:9/;Key=k" });

        builder.AddKognitosClient("kognitos", configureOptions: options => options.BaseUrl = new Uri("http://127.0.0.1:10/"));
        using var host = builder.Build();

        Assert.Equal(new Uri("http://127.0.0.1:10/"), host.Services.GetRequiredService<KognitosClient>().BaseAddress);
    }

    [Fact]
    public void A_bad_connection_string_from_the_settings_callback_is_named_as_such()
    {
        var builder = AspireHost.Builder(new Dictionary<string, string?> { ["ConnectionStrings:kognitos"] = "Endpoint=http://127.0.0.1:9/;Key=k" });

        builder.AddKognitosClient("kognitos", settings => settings.ConnectionString = "Endpoint=nowhere;Key=secret-key-123");
        using var host = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<KognitosClient>());
        Assert.Contains("configureSettings callback", error.Message);
        Assert.DoesNotContain("ConnectionStrings:kognitos", error.Message);
        Assert.DoesNotContain("secret-key-123", error.Message);
    }
}
