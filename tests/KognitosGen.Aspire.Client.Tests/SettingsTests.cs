using Microsoft.Extensions.Hosting;

namespace KognitosGen.Aspire.Client.Tests;

/// <summary>The settings type and where its values come from.</summary>
public sealed class SettingsTests
{
    [Fact]
    public void The_settings_type_is_sealed() => Assert.True(typeof(KognitosClientSettings).IsSealed);

    [Fact]
    public void A_named_section_overrides_the_shared_one_and_the_connection_string_wins_over_both()
    {
        var builder = AspireHost.Builder(new Dictionary<string, string?>
        {
            ["Aspire:Kognitos:DisableTracing"] = "true",
            ["Aspire:Kognitos:DisableMetrics"] = "true",
            ["Aspire:Kognitos:ConnectionString"] = "Endpoint=http://shared.invalid/",
            ["Aspire:Kognitos:eu:DisableMetrics"] = "false",
            ["Aspire:Kognitos:eu:HealthCheckTimeout"] = "00:00:07",
            ["ConnectionStrings:eu"] = "Region=EU;Key=k",
        });
        KognitosClientSettings? seen = null;

        builder.AddKeyedKognitosClient("eu", settings => seen = settings);

        Assert.NotNull(seen);
        Assert.True(seen.DisableTracing);
        Assert.False(seen.DisableMetrics);
        Assert.False(seen.DisableHealthChecks);
        Assert.Equal(TimeSpan.FromSeconds(7), seen.HealthCheckTimeout);
        Assert.Equal("Region=EU;Key=k", seen.ConnectionString);
    }

    [Fact]
    public void A_bad_switch_is_named_by_its_path()
    {
        var builder = AspireHost.Builder(new Dictionary<string, string?> { ["Aspire:Kognitos:DisableHealthChecks"] = "sometimes" });

        var error = Assert.Throws<InvalidOperationException>(() => builder.AddKognitosClient("kognitos"));

        Assert.Contains("Aspire:Kognitos:DisableHealthChecks", error.Message);
    }
}
