// context=logger: `logger`, an ILogger that writes nowhere.
global using Microsoft.Extensions.Logging;
global using static DocContexts.LoggerContext;

namespace DocContexts;

internal static class LoggerContext
{
    public static ILogger logger => Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
}
