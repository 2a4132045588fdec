// context=configuration: `configuration`, an app's IConfiguration (empty).
global using Microsoft.Extensions.Configuration;
global using static DocContexts.ConfigurationContext;

namespace DocContexts;

internal static class ConfigurationContext
{
    public static IConfiguration configuration { get; } = new ConfigurationBuilder().Build();
}
