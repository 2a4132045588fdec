using Aspire.Hosting;
using KognitosGen.Aspire.Hosting;

namespace KognitosGen.Aspire.Hosting.Tests;

/// <summary>The app host resources: their connection strings and the errors of bad arguments.</summary>
public sealed class ResourceTests
{
    private static IDistributedApplicationBuilder Builder() =>
        DistributedApplication.CreateBuilder(["Parameters:account-key=account-secret-1", "Parameters:kognitos-key=emulator-secret-1"]);

    [Fact]
    public async Task An_account_in_a_region_hands_out_its_region_and_key()
    {
        var builder = Builder();
        var key = builder.AddParameter("account-key", secret: true);

        var account = builder.AddKognitos("account", key, "eu");

        Assert.Equal("Region=EU;Key=account-secret-1", await account.Resource.ConnectionStringExpression.GetValueAsync(CancellationToken.None));
        Assert.True(key.Resource.Secret);
    }

    [Fact]
    public async Task An_account_at_an_endpoint_hands_out_its_endpoint_and_key()
    {
        var builder = Builder();

        var account = builder.AddKognitos("account", builder.AddParameter("account-key", secret: true), new Uri("https://kognitos.example/"));

        Assert.Equal("Endpoint=https://kognitos.example/;Key=account-secret-1",
            await account.Resource.ConnectionStringExpression.GetValueAsync(CancellationToken.None));
    }

    [Fact]
    public void A_bad_region_or_endpoint_is_named()
    {
        var builder = Builder();
        var key = builder.AddParameter("account-key", secret: true);

        Assert.Contains("US, EU or UK", Assert.Throws<ArgumentException>(() => builder.AddKognitos("account", key, "Mars")).Message);
        Assert.Contains("http(s)", Assert.Throws<ArgumentException>(() => builder.AddKognitos("account", key, new Uri("ftp://x.example/"))).Message);
    }

    [Fact]
    public void The_emulator_runs_the_tool_with_a_secret_generated_key_parameter()
    {
        var builder = Builder();

        var emulator = builder.AddKognitosEmulator("kognitos");

        Assert.Equal(KognitosHostingExtensions.EmulatorToolCommand, emulator.Resource.Command);
        Assert.True(emulator.Resource.ApiKey.Secret);
        Assert.Equal("kognitos-key", emulator.Resource.ApiKey.Name);
    }

    [Fact]
    public void A_missing_emulator_assembly_or_scenario_file_is_named()
    {
        var builder = Builder();
        var missing = Path.Combine(Path.GetTempPath(), "no-such-emulator-" + Guid.NewGuid().ToString("N"), "KognitosGen.Emulator.dll");

        Assert.Equal(missing, Assert.Throws<FileNotFoundException>(() => builder.AddKognitosEmulator("kognitos", missing)).FileName);
        var error = Assert.Throws<FileNotFoundException>(() => builder.AddKognitosEmulator("kognitos").WithScenario(missing + ".json"));
        Assert.Contains("'kognitos'", error.Message);
    }

    [Theory]
    [InlineData(1.5, 0, 0)]
    [InlineData(0, -0.1, 0)]
    [InlineData(0, 0, -1)]
    public void Faults_out_of_range_are_refused(double rateLimitRate, double serviceUnavailableRate, int latencyMs)
    {
        var emulator = Builder().AddKognitosEmulator("kognitos");

        Assert.Throws<ArgumentOutOfRangeException>(() => emulator.WithFaults(new KognitosEmulatorFaults
        {
            RateLimitRate = rateLimitRate, ServiceUnavailableRate = serviceUnavailableRate, LatencyMs = latencyMs,
        }));
        Assert.Null(emulator.Resource.Faults);
    }
}
