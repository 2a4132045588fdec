using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace KognitosGen.Extensions.DependencyInjection;

/// <summary>
/// Reads <see cref="KognitosClientOptions"/> from a configuration section by hand, key by key, so that binding
/// stays trim- and AOT-safe and a bad value names its key.
/// </summary>
public static class KognitosConfiguration
{
    /// <summary>The configuration section <c>AddKognitos</c> reads: <c>Kognitos</c>.</summary>
    public const string SectionName = "Kognitos";

    /// <summary>The keys read directly under a client's section; a named client's section cannot take one of them as its name.</summary>
    internal static readonly string[] Keys =
    [
        "Region", "BaseUrl", "ApiKey", "RequestTimeout", "MaxResponseBytes", "MaxConcurrentRequests", "RunStartRecovery", "RunListingLag",
        "InputValues", "Retry", "Polling", "Ledger",
    ];

    /// <summary>Copies every value present in <paramref name="section"/> onto <paramref name="options"/>.</summary>
    /// <param name="section">The <c>Kognitos</c> section.</param>
    /// <param name="options">The options to update; values absent from the section are left as they are.</param>
    /// <exception cref="InvalidOperationException">A value cannot be read; the message names its key.</exception>
    public static void Bind(IConfiguration section, KognitosClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        var path = (section as IConfigurationSection)?.Path ?? SectionName;

        if (section["Region"] is { Length: > 0 } region)
            options.Region = Enum.TryParse<KognitosRegion>(region, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw Invalid(path, "Region", "US, EU or UK");
        if (section["BaseUrl"] is { Length: > 0 } baseUrl)
            options.BaseUrl = Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri : throw Invalid(path, "BaseUrl", "an absolute URL");
        if (section["ApiKey"] is { Length: > 0 } apiKey)
            options.ApiKey = apiKey;
        if (ReadTimeSpan(section, path, "RequestTimeout") is { } requestTimeout)
            options.RequestTimeout = requestTimeout;
        if (ReadInt(section, path, "MaxResponseBytes") is { } maxResponseBytes)
            options.MaxResponseBytes = maxResponseBytes;
        if (ReadInt(section, path, "MaxConcurrentRequests") is { } maxConcurrentRequests)
            options.MaxConcurrentRequests = maxConcurrentRequests;
        if (ReadBool(section, path, "RunStartRecovery") is { } runStartRecovery)
            options.RunStartRecovery = runStartRecovery;
        if (ReadTimeSpan(section, path, "RunListingLag") is { } runListingLag)
            options.RunListingLag = runListingLag;
        if (section["InputValues"] is { Length: > 0 } inputValues)
            options.InputValues = Enum.TryParse<KognitosInputValueForm>(inputValues, ignoreCase: true, out var form) && Enum.IsDefined(form)
                && !char.IsDigit(inputValues[0])
                ? form
                : throw Invalid(path, "InputValues", "Json or Strings");

        if (ReadTimeSpan(section.GetSection("Ledger"), path, "Ledger:Lease", "Lease") is { } lease)
            options.RunLedgerLease = lease;

        var retry = section.GetSection("Retry");
        if (ReadInt(retry, path, "Retry:MaxRetries", "MaxRetries") is { } maxRetries)
            options.Retry.MaxRetries = maxRetries;
        if (ReadTimeSpan(retry, path, "Retry:BaseDelay", "BaseDelay") is { } baseDelay)
            options.Retry.BaseDelay = baseDelay;
        if (ReadTimeSpan(retry, path, "Retry:MaxDelay", "MaxDelay") is { } maxDelay)
            options.Retry.MaxDelay = maxDelay;
        if (ReadTimeSpan(retry, path, "Retry:MaxRetryAfter", "MaxRetryAfter") is { } maxRetryAfter)
            options.Retry.MaxRetryAfter = maxRetryAfter;

        var polling = section.GetSection("Polling");
        if (ReadTimeSpan(polling, path, "Polling:InitialInterval", "InitialInterval") is { } initial)
            options.Polling.InitialInterval = initial;
        if (ReadTimeSpan(polling, path, "Polling:MaxInterval", "MaxInterval") is { } maxInterval)
            options.Polling.MaxInterval = maxInterval;
        if (ReadDouble(polling, path, "Polling:Multiplier", "Multiplier") is { } multiplier)
            options.Polling.Multiplier = multiplier;
        if (ReadDouble(polling, path, "Polling:Jitter", "Jitter") is { } jitter)
            options.Polling.Jitter = jitter;
        if (ReadTimeSpan(polling, path, "Polling:Timeout", "Timeout") is { } timeout)
            options.Polling.Timeout = timeout;
        if (ReadBool(polling, path, "Polling:CoalesceWaits", "CoalesceWaits") is { } coalesce)
            options.Polling.CoalesceWaits = coalesce;
    }

    /// <summary>A duration as <c>hh:mm:ss</c> (or <c>d.hh:mm:ss</c>), the form configuration files use for TimeSpan.</summary>
    private static TimeSpan? ReadTimeSpan(IConfiguration section, string path, string name, string? key = null) =>
        section[key ?? name] is { Length: > 0 } text
            ? TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : throw Invalid(path, name, "a duration such as 00:00:30")
            : null;

    private static int? ReadInt(IConfiguration section, string path, string name, string? key = null) =>
        section[key ?? name] is { Length: > 0 } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Invalid(path, name, "a whole number")
            : null;

    private static bool? ReadBool(IConfiguration section, string path, string name, string? key = null) =>
        section[key ?? name] is { Length: > 0 } text
            ? bool.TryParse(text, out var value) ? value : throw Invalid(path, name, "true or false")
            : null;

    private static double? ReadDouble(IConfiguration section, string path, string name, string? key = null) =>
        section[key ?? name] is { Length: > 0 } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw Invalid(path, name, "a number")
            : null;

    // The value itself is left out of the message: under ApiKey's neighbours it could be a secret.
    private static InvalidOperationException Invalid(string path, string name, string expected) =>
        new($"Configuration value {path}:{name} is not {expected}.");
}
