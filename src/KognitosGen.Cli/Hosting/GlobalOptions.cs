using System;
using System.CommandLine;
using System.Linq;

namespace KognitosGen.Cli;

/// <summary>The options every command takes: where the API is, which key and agent, and table or JSON output.</summary>
internal sealed class GlobalOptions
{
    public static readonly string[] Regions = ["US", "EU", "UK"];

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "The API root, e.g. http://127.0.0.1:5080 for the emulator (else KOGNITOS_BASE_URL).",
        HelpName = "url",
        Recursive = true,
    };

    public Option<string?> Region { get; } = new("--region")
    {
        Description = "The Kognitos region: US, EU or UK (else KOGNITOS_REGION; default US).",
        HelpName = "US|EU|UK",
        Recursive = true,
    };

    public Option<string?> ApiKeyFile { get; } = new("--api-key-file")
    {
        Description = "A file holding the API key (else KOGNITOS_API_KEY). The key is never taken on the command line.",
        HelpName = "path",
        Recursive = true,
    };

    public Option<string[]> Agent { get; } = new("--agent")
    {
        Description = "The agent ID (else KOGNITOS_AGENT_ID); pull and scaffold take it more than once.",
        HelpName = "id",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Print JSON for scripts instead of tables.",
        Recursive = true,
    };

    public GlobalOptions()
    {
        Region.Validators.Add(result =>
        {
            var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (value is not null && !Regions.Contains(value, StringComparer.OrdinalIgnoreCase))
                result.AddError($"--region must be US, EU or UK, not '{value}'.");
        });
    }

    public void AddTo(RootCommand root)
    {
        root.Add(BaseUrl);
        root.Add(Region);
        root.Add(ApiKeyFile);
        root.Add(Agent);
        root.Add(Json);
    }
}
