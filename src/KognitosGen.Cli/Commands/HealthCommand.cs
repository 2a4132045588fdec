using System.CommandLine;
using KognitosGen.Cli.Output;

namespace KognitosGen.Cli.Commands;

/// <summary><c>kognitos health</c>: <c>GET /v2/health</c>; exit 0 when the API says OK.</summary>
internal static class HealthCommand
{
    public static Command Create(CommandFactory factory) => factory.Command(
        "health", "Checks GET /v2/health; exits 0 when the API answers OK, 12 when it answers anything else.",
        async (context, cancellationToken) =>
        {
            using var client = context.CreateClient();
            var health = await client.GetHealthAsync(cancellationToken);
            if (context.Json)
            {
                JsonOutput.Write(context.Output, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("base_url", ApiRoots.Display(client.BaseAddress));
                    json.WriteString("status", health.Status);
                    json.WriteBoolean("healthy", health.IsHealthy);
                    json.WriteEndObject();
                });
            }
            else
            {
                context.Output.WriteLine($"{ApiRoots.Display(client.BaseAddress)}: {health.Status}");
            }

            return health.IsHealthy ? ExitCodes.Success : ExitCodes.Unhealthy;
        });
}
