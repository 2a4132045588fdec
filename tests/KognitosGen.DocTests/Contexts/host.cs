// context=host: `builder`, a HostApplicationBuilder as `Host.CreateApplicationBuilder(args)` makes one, with the
// usings a hosted app's Program.cs has.
global using Microsoft.Extensions.Configuration;
global using Microsoft.Extensions.DependencyInjection;
global using Microsoft.Extensions.Hosting;
global using Microsoft.Extensions.Logging;
global using static DocContexts.HostContext;

namespace DocContexts;

internal static class HostContext
{
    public static HostApplicationBuilder builder { get; } = Host.CreateApplicationBuilder();
}
