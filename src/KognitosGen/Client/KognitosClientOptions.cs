using System;
using System.Collections.Generic;
using KognitosGen.Validation;

namespace KognitosGen;

/// <summary>Settings of a <see cref="KognitosClient"/>. The client copies them when it is created.</summary>
public sealed class KognitosClientOptions
{
    /// <summary>The environment variable read for the API key when <see cref="ApiKey"/> is not set.</summary>
    public const string ApiKeyEnvironmentVariable = "KOGNITOS_API_KEY";

    /// <summary>The environment variable <see cref="FromEnvironment"/> reads for <see cref="BaseUrl"/>.</summary>
    public const string BaseUrlEnvironmentVariable = "KOGNITOS_BASE_URL";

    /// <summary>The environment variable <see cref="FromEnvironment"/> reads for <see cref="Region"/> (US, EU or UK).</summary>
    public const string RegionEnvironmentVariable = "KOGNITOS_REGION";

    /// <summary>The region to call when <see cref="BaseUrl"/> is not set. Default <see cref="KognitosRegion.US"/>.</summary>
    public KognitosRegion Region { get; set; } = KognitosRegion.US;

    /// <summary>
    /// The API root (for example an emulator's <c>http://127.0.0.1:5080</c>); overrides <see cref="Region"/>.
    /// A trailing <c>/v2</c> is accepted. Plain <c>http</c> is refused unless the host is loopback.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The API key sent as <c>x-api-key</c>; read from <c>KOGNITOS_API_KEY</c> when null.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one HTTP attempt may take, body included. Default 100 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>The largest response body read; a larger one fails the call. Default 16 MiB.</summary>
    public int MaxResponseBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Whether typed run starts (<see cref="KognitosClient.StartAsync{TProcess}"/>, <see cref="KognitosClient.RunAsync{TProcess}"/>)
    /// survive lost answers without starting a run twice. When true (the default), the run name ends with a
    /// random tag such as <c>[kg-3fz0q8m2xa]</c>; after a failure that may have reached the server, the process's
    /// runs are listed and the tagged run is used; the start is sent again only when no such run exists.
    /// </summary>
    public bool RunStartRecovery { get; set; } = true;

    /// <summary>
    /// How run input values are written: in their JSON types (<see cref="KognitosInputValueForm.Json"/>, the default)
    /// or each as its invariant string form (<see cref="KognitosInputValueForm.Strings"/>), for a deployment that
    /// refuses input values other than strings. Applies to typed starts and to <see cref="KognitosClient.CreateRunAsync"/>.
    /// </summary>
    public KognitosInputValueForm InputValues { get; set; } = KognitosInputValueForm.Json;

    /// <summary>
    /// How long after creating a run Kognitos may take to show it in <c>GET /v2/runs</c> (the docs do not say).
    /// After a lost start answer, a typed start keeps looking for its run until this long after the failure before
    /// it concludes the run was never created and sends the start again. Default 3 s; zero trusts the first look.
    /// A list that lags more is seen when another start of the process, answered at least this long before the last
    /// look, is not listed: the lost start is then reported as possibly processed, not sent again. Without such a
    /// start the lag cannot be seen and the start could run twice: raise this for a deployment whose list lags more.
    /// </summary>
    public TimeSpan RunListingLag { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The ledger that makes a <see cref="KognitosStartOptions.BusinessKey"/> start exactly one run across clients and
    /// machines (KognitosGen.Ledger.Sqlite for one machine, KognitosGen.Ledger.PostgreSql for many). Null (the
    /// default): keyed starts look for the key's run in Kognitos's run list, and two starts of a key at the same
    /// instant can both create a run (<see cref="KognitosDuplicateRunException"/>).
    /// </summary>
    public IKognitosRunLedger? RunLedger { get; set; }

    /// <summary>
    /// How long a ledger claim holds while its start has recorded no run; after it another client takes the key over
    /// (first looking in Kognitos for a run carrying the key's token). Longer than a start with its retries can take.
    /// Default 2 minutes.
    /// </summary>
    public TimeSpan RunLedgerLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The largest <see cref="RunListingLag"/> accepted: ten minutes, as long as a caller could wait for a start.</summary>
    public static TimeSpan MaxRunListingLag { get; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The most requests this client has in flight at once; more wait their turn. Each 429 or 503 halves the number
    /// the client lets through (for all its requests, not only the one that got it), and answers let it grow back one
    /// by one up to this bound; once the client is down to one request at a time and is still throttled, every request
    /// waits out the server's <c>Retry-After</c>. Default 64.
    /// </summary>
    public int MaxConcurrentRequests { get; set; } = 64;

    /// <summary>How reads are retried.</summary>
    public KognitosRetryOptions Retry { get; set; } = new();

    /// <summary>How runs are polled until they finish.</summary>
    public KognitosPollingOptions Polling { get; set; } = new();

    /// <summary>
    /// The clock behind polling delays, retry backoff, <c>Retry-After</c> dates and every timeout (the wait's and
    /// each request's). Default <see cref="TimeProvider.System"/>; a test can pass a fake one so that a run that
    /// takes minutes, or a wait that times out, costs no wall time.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Options from the environment: <c>KOGNITOS_API_KEY</c>, and <c>KOGNITOS_BASE_URL</c> or
    /// <c>KOGNITOS_REGION</c> where set.
    /// </summary>
    public static KognitosClientOptions FromEnvironment()
    {
        var options = new KognitosClientOptions { ApiKey = Environment.GetEnvironmentVariable(ApiKeyEnvironmentVariable) };
        var baseUrl = Environment.GetEnvironmentVariable(BaseUrlEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(baseUrl))
        {
            options.BaseUrl = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
                ? uri
                : throw new InvalidOperationException($"{BaseUrlEnvironmentVariable} is not an absolute URL.");
        }

        var region = Environment.GetEnvironmentVariable(RegionEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(region))
        {
            options.Region = Enum.TryParse<KognitosRegion>(region!.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(typeof(KognitosRegion), parsed)
                ? parsed
                : throw new InvalidOperationException($"{RegionEnvironmentVariable} must be US, EU or UK.");
        }

        return options;
    }

    /// <summary>
    /// Checks every setting against the rules a <see cref="KognitosClient"/>'s constructor enforces (the API key
    /// counts as set when <c>KOGNITOS_API_KEY</c> is), reporting them all instead of throwing the first; for
    /// validating options before a client exists, such as at an application's start.
    /// </summary>
    /// <param name="configurationPath">
    /// The configuration section the options were read from (for example <c>Kognitos</c>): each message then names
    /// its setting as a configuration key (<c>Kognitos:Retry:MaxRetries</c>). When null, as a property
    /// (<c>KognitosClientOptions.Retry.MaxRetries</c>).
    /// </param>
    /// <returns>One message per setting that breaks a rule, naming the setting and never its value; empty when all are valid.</returns>
    public IReadOnlyList<string> Validate(string? configurationPath = null)
    {
        var problems = OptionRules.Check(this, out _);
        var messages = new string[problems.Count];
        for (var i = 0; i < messages.Length; i++)
            messages[i] = problems[i].Describe(configurationPath, "KognitosClientOptions.");
        return messages;
    }

    /// <summary>Describes the options with the API key left out.</summary>
    public override string ToString() =>
        $"KognitosClientOptions {{ Endpoint = {(BaseUrl?.ToString() ?? Region.ToString())}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "(set)")}, RequestTimeout = {RequestTimeout} }}";

    internal KognitosClientOptions Clone()
    {
        var copy = (KognitosClientOptions)MemberwiseClone();
        copy.Retry = (Retry ?? throw new InvalidOperationException("KognitosClientOptions.Retry must not be null.")).Clone();
        copy.Polling = (Polling ?? throw new InvalidOperationException("KognitosClientOptions.Polling must not be null.")).Clone();
        return copy;
    }
}
