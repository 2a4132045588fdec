namespace KognitosGen.Aspire.Client;

/// <summary>
/// The Aspire settings of a Kognitos client, bound from <c>Aspire:Kognitos</c> and then <c>Aspire:Kognitos:{name}</c>;
/// the connection string <c>ConnectionStrings:{name}</c> wins over <see cref="ConnectionString"/>. The client's own
/// tuning (retries, polling, timeouts) stays in the <c>Kognitos</c> section that <c>AddKognitos</c> reads.
/// </summary>
public sealed class KognitosClientSettings
{
    /// <summary>
    /// The connection: <c>Endpoint=https://...;Key=...</c> (or <c>Region=EU;Key=...</c> for a cloud region);
    /// what an app host's <c>WithReference(kognitos)</c> hands a project.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Leaves out the <c>GET /v2/health</c> health check (on by default).</summary>
    public bool DisableHealthChecks { get; set; }

    /// <summary>Leaves the <c>KognitosGen</c> ActivitySource out of OpenTelemetry tracing (on by default).</summary>
    public bool DisableTracing { get; set; }

    /// <summary>Leaves the <c>KognitosGen</c> Meter out of OpenTelemetry metrics (on by default).</summary>
    public bool DisableMetrics { get; set; }

    /// <summary>How long the health check may take; none beyond the client's own timeouts when null.</summary>
    public TimeSpan? HealthCheckTimeout { get; set; }
}
