using KognitosGen.SourceGenerators.Analyzers;

namespace KognitosGen.Analyzers.Tests;

/// <summary>KOG0010: API keys from literals.</summary>
[Trait("Category", "Reliability")]
public sealed class LiteralApiKeyTests
{
    private static Task Verify(string body) => new AnalyzerTest<LiteralApiKeyAnalyzer>($$"""
        using System;
        using KognitosGen;

        public static class Setup
        {
            private const string Key = "sk-from-a-constant";

            public static void Configure(KognitosClientOptions options)
            {
                {{body}}
            }
        }
        """).RunAsync();

    [Fact]
    public Task Fires_on_a_literal_in_an_object_initializer() =>
        Verify("""var created = new KognitosClientOptions { ApiKey = {|KOG0010:"sk-live-123"|} };""");

    [Fact]
    public Task Fires_on_a_literal_assignment() => Verify("""options.ApiKey = {|KOG0010:"sk-live-123"|};""");

    [Fact]
    public Task Fires_on_a_constant() => Verify("""options.ApiKey = {|KOG0010:Key|};""");

    [Fact]
    public Task Is_silent_on_a_key_from_the_environment() =>
        Verify("""options.ApiKey = Environment.GetEnvironmentVariable("KOGNITOS_API_KEY");""");

    [Fact]
    public Task Is_silent_on_an_empty_or_null_key() => Verify("""options.ApiKey = ""; options.ApiKey = null;""");

    [Fact]
    public Task Is_silent_on_other_types_with_an_ApiKey() => new AnalyzerTest<LiteralApiKeyAnalyzer>("""
        public sealed class OtherOptions { public string? ApiKey { get; set; } }
        public static class Setup { public static OtherOptions Make() => new OtherOptions { ApiKey = "not ours" }; }
        """).RunAsync();
}
