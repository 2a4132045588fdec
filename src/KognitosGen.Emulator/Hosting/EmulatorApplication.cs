using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace KognitosGen.Emulator;

/// <summary>Builds the web application: Kestrel on the given URLs running the emulator's pipeline.</summary>
internal static class EmulatorApplication
{
    /// <param name="pipeline">The emulator's middleware and routes.</param>
    /// <param name="urls">What Kestrel listens on.</param>
    public static WebApplication Build(EmulatorPipeline pipeline, IReadOnlyList<string> urls)
    {
        // No args and an explicit content root: the emulator must not pick up a host project's settings.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Nor its appsettings.json or environment (the content root is the host's bin folder): the emulator is
        // configured only by its scenario, and logs warnings and errors only.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Hosting opens a logging scope for every request while its category logs at any level; it logs nothing the
        // emulator needs (request lines are Information), so it is off, as a bare endpoint without loggers has it.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.WebHost.UseUrls(urls.ToArray());
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);

        var app = builder.Build();
        pipeline.Configure(app);
        return app;
    }
}
