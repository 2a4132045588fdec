using KognitosGen.Testing;
using NJsonSchema;

namespace KognitosGen.Aspire.Client.Tests;

/// <summary>The package's ConfigurationSchema.json accepts what the integration reads and rejects what it would refuse.</summary>
public sealed class ConfigurationSchemaTests
{
    private static Task<JsonSchema> SchemaAsync() =>
        JsonSchema.FromFileAsync(Path.Combine(TestRepository.Root, "src", "KognitosGen.Aspire.Client", "ConfigurationSchema.json"));

    [Theory]
    [InlineData("""{ "Aspire": { "Kognitos": { "ConnectionString": "Endpoint=https://x.invalid/;Key=k" } } }""")]
    [InlineData("""{ "Aspire": { "Kognitos": { "DisableHealthChecks": true, "DisableTracing": false, "DisableMetrics": true, "HealthCheckTimeout": "00:00:05" } } }""")]
    [InlineData("""{ "Aspire": { "Kognitos": { "DisableTracing": true, "eu": { "ConnectionString": "Region=EU;Key=k", "HealthCheckTimeout": "1.00:00:00" } } } }""")]
    [InlineData("""{ "Logging": { "LogLevel": { "Default": "Information" } } }""")]
    public async Task Valid_samples_are_accepted(string json)
    {
        var schema = await SchemaAsync();

        Assert.Empty(schema.Validate(json));
    }

    [Theory]
    [InlineData("""{ "Aspire": { "Kognitos": { "DisableHealthChecks": "yes" } } }""")]
    [InlineData("""{ "Aspire": { "Kognitos": { "ConnectionString": "" } } }""")]
    [InlineData("""{ "Aspire": { "Kognitos": { "HealthCheckTimeout": "five seconds" } } }""")]
    [InlineData("""{ "Aspire": { "Kognitos": { "eu": { "DisableTracing": 1 } } } }""")]
    [InlineData("""{ "Aspire": { "Kognitos": { "eu": { "ConectionString": "Endpoint=https://x.invalid/" } } } }""")]
    [InlineData("""{ "Aspire": { "Kognitos": "Endpoint=https://x.invalid/" } }""")]
    public async Task Invalid_samples_are_rejected(string json)
    {
        var schema = await SchemaAsync();

        Assert.NotEmpty(schema.Validate(json));
    }

    [Fact]
    public async Task The_schema_names_every_setting_of_the_settings_type()
    {
        var schema = await SchemaAsync();
        var kognitos = schema.Properties["Aspire"].ActualSchema.Properties["Kognitos"].ActualSchema;

        Assert.Equal(
            typeof(KognitosClientSettings).GetProperties().Select(p => p.Name).Order(),
            kognitos.Properties.Keys.Order());
    }
}
