using Aspire.Hosting.ApplicationModel;
using KognitosGen.Aspire.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Aspire.Hosting;

/// <summary>Adds Kognitos to an Aspire app host: an account, or the local emulator.</summary>
public static class KognitosHostingExtensions
{
    /// <summary>The .NET tool command of the emulator (<c>dotnet tool install -g KognitosGen.Emulator</c>).</summary>
    public const string EmulatorToolCommand = "kognitos-emulator";

    /// <summary>
    /// Adds a Kognitos account reached at <paramref name="endpoint"/> with the key in <paramref name="apiKey"/>;
    /// <c>WithReference</c> hands a project the connection string <c>Endpoint=...;Key=...</c>.
    /// </summary>
    /// <param name="builder">The app host's builder.</param>
    /// <param name="name">The resource's name, which the project's <c>AddKognitosClient(name)</c> names too.</param>
    /// <param name="apiKey">The API key, a secret parameter (<c>builder.AddParameter("kognitos-key", secret: true)</c>).</param>
    /// <param name="endpoint">The API's base URL.</param>
    /// <returns>The resource's builder.</returns>
    public static IResourceBuilder<KognitosResource> AddKognitos(this IDistributedApplicationBuilder builder, string name,
        IResourceBuilder<ParameterResource> apiKey, Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https"))
            throw new ArgumentException($"The Kognitos endpoint of '{name}' must be an absolute http(s) URL.", nameof(endpoint));
        return AddAccount(builder, name, apiKey, $"Endpoint={endpoint}");
    }

    /// <summary>Adds a Kognitos account in a cloud region (US, EU or UK) with the key in <paramref name="apiKey"/>.</summary>
    /// <param name="builder">The app host's builder.</param>
    /// <param name="name">The resource's name.</param>
    /// <param name="apiKey">The API key, a secret parameter.</param>
    /// <param name="region">The region: <c>US</c>, <c>EU</c> or <c>UK</c>.</param>
    /// <returns>The resource's builder.</returns>
    public static IResourceBuilder<KognitosResource> AddKognitos(this IDistributedApplicationBuilder builder, string name,
        IResourceBuilder<ParameterResource> apiKey, string region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        if (region.ToUpperInvariant() is not ("US" or "EU" or "UK"))
            throw new ArgumentException($"The Kognitos region of '{name}' must be US, EU or UK.", nameof(region));
        return AddAccount(builder, name, apiKey, $"Region={region.ToUpperInvariant()}");
    }

    /// <summary>
    /// Adds the Kognitos emulator as a local executable, no container: the <c>kognitos-emulator</c> .NET tool, or
    /// <c>dotnet <paramref name="emulatorAssembly"/></c> when given (a build's <c>KognitosGen.Emulator.dll</c>). It
    /// listens on loopback at a port Aspire allocates, shown in the dashboard; accepts a generated key kept as a
    /// secret parameter (<c>{name}-key</c>); serves the emulator's demo scenario unless <see cref="WithScenario"/>
    /// says otherwise; and is healthy once <c>GET /v2/health</c> answers to the key and the faults of
    /// <see cref="WithFaults"/> are in place.
    /// </summary>
    /// <param name="builder">The app host's builder.</param>
    /// <param name="name">The resource's name, which the project's <c>AddKognitosClient(name)</c> names too.</param>
    /// <param name="emulatorAssembly">The emulator's assembly to run with <c>dotnet</c>; the .NET tool when null.</param>
    /// <returns>The resource's builder.</returns>
    public static IResourceBuilder<KognitosEmulatorResource> AddKognitosEmulator(this IDistributedApplicationBuilder builder, string name,
        string? emulatorAssembly = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (emulatorAssembly is not null && !File.Exists(emulatorAssembly))
            throw new FileNotFoundException($"The Kognitos emulator assembly of '{name}' was not found.", emulatorAssembly);

        var apiKey = ParameterResourceBuilderExtensions.CreateDefaultPasswordParameter(builder, $"{name}-key", special: false);
        var resource = new KognitosEmulatorResource(name, emulatorAssembly is null ? EmulatorToolCommand : "dotnet",
            builder.AppHostDirectory, apiKey);

        var healthCheckName = $"{name}-emulator-ready";
        builder.Services.AddHttpClient(healthCheckName);
        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(healthCheckName,
            services => new KognitosEmulatorHealthCheck(resource, services.GetRequiredService<IHttpClientFactory>().CreateClient(healthCheckName)),
            failureStatus: null, tags: null));

        return builder.AddResource(resource)
            .WithHttpEndpoint(name: KognitosEmulatorResource.HttpEndpointName)
            .WithArgs(context =>
            {
                if (emulatorAssembly is not null)
                    context.Args.Add(Path.GetFullPath(emulatorAssembly));
                context.Args.Add("--urls");
                context.Args.Add(ReferenceExpression.Create(
                    $"http://127.0.0.1:{resource.PrimaryEndpoint.Property(EndpointProperty.TargetPort)}"));
                context.Args.Add("--api-key");
                context.Args.Add(resource.ApiKey);
            })
            .WithHealthCheck(healthCheckName);
    }

    /// <summary>Serves the scenario file <paramref name="path"/> (relative to the app host's folder) instead of the demo scenario.</summary>
    /// <param name="builder">The emulator's builder.</param>
    /// <param name="path">The scenario JSON file: keys, agents, processes, what their runs return, variants.</param>
    /// <returns>The builder.</returns>
    public static IResourceBuilder<KognitosEmulatorResource> WithScenario(this IResourceBuilder<KognitosEmulatorResource> builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path, builder.ApplicationBuilder.AppHostDirectory);
        if (!File.Exists(fullPath))
            throw new FileNotFoundException($"The scenario file of the Kognitos emulator '{builder.Resource.Name}' was not found.", fullPath);
        return builder.WithArgs("--scenario", fullPath);
    }

    /// <summary>Injects <paramref name="faults"/> on the emulator's <c>/v2</c> routes from the moment it is healthy.</summary>
    /// <param name="builder">The emulator's builder.</param>
    /// <param name="faults">The faults (rates from 0 to 1).</param>
    /// <returns>The builder.</returns>
    public static IResourceBuilder<KognitosEmulatorResource> WithFaults(this IResourceBuilder<KognitosEmulatorResource> builder, KognitosEmulatorFaults faults)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(faults);
        if (faults.RateLimitRate is < 0 or > 1 || faults.ServiceUnavailableRate is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(faults), "Fault rates of the Kognitos emulator are from 0 to 1.");
        if (faults.LatencyMs < 0 || faults.RetryAfterSeconds < 0)
            throw new ArgumentOutOfRangeException(nameof(faults), "Fault latency and Retry-After of the Kognitos emulator cannot be negative.");
        builder.Resource.Faults = faults;
        return builder;
    }

    private static IResourceBuilder<KognitosResource> AddAccount(IDistributedApplicationBuilder builder, string name,
        IResourceBuilder<ParameterResource> apiKey, string location)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(apiKey);
        return builder.AddResource(new KognitosResource(name, location, apiKey.Resource))
            .WithInitialState(new CustomResourceSnapshot
            {
                ResourceType = "Kognitos",
                State = KnownResourceStates.Running,
                Properties = [new(CustomResourceKnownProperties.Source, location)],
            });
    }
}
