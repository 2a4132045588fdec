using Aspire.Hosting.ApplicationModel;

namespace KognitosGen.Aspire.Hosting;

/// <summary>
/// The Kognitos emulator run as a local executable (no container): the <c>kognitos-emulator</c> .NET tool, or
/// <c>dotnet KognitosGen.Emulator.dll</c>. Its connection string is <c>Endpoint={url};Key={key}</c>.
/// </summary>
/// <param name="name">The resource's name, which is also the connection's name.</param>
/// <param name="command">The executable to start.</param>
/// <param name="workingDirectory">Its working directory; a relative scenario path is read from there.</param>
/// <param name="apiKey">The API key the emulator accepts and clients are handed.</param>
public sealed class KognitosEmulatorResource(string name, string command, string workingDirectory, ParameterResource apiKey)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    /// <summary>The name of the emulator's HTTP endpoint.</summary>
    public const string HttpEndpointName = "http";

    private EndpointReference? _endpoint;

    /// <summary>The API key the emulator accepts (a secret parameter).</summary>
    public ParameterResource ApiKey { get; } = apiKey;

    /// <summary>The emulator's HTTP endpoint.</summary>
    public EndpointReference PrimaryEndpoint => _endpoint ??= new(this, HttpEndpointName);

    /// <summary>The faults the emulator injects once it is up; none when null.</summary>
    public KognitosEmulatorFaults? Faults { get; internal set; }

    /// <summary>Whether the readiness check has seen the emulator take the key and put <see cref="Faults"/> in place.</summary>
    internal bool FaultsApplied { get; set; }

    /// <inheritdoc />
    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"Endpoint={PrimaryEndpoint.Property(EndpointProperty.Url)};Key={ApiKey}");
}
