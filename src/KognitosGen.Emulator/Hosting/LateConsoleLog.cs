using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace KognitosGen.Emulator;

/// <summary>
/// The console logger an emulator served in memory gets when Kestrel starts: what Kestrel reports (warnings and
/// errors) is then written as it is for an emulator that listened from the start. The logger factory disposes it.
/// </summary>
internal static class LateConsoleLog
{
    public static void Add(WebApplication app) =>
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(
            new ConsoleLoggerProvider(app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>()));
}
