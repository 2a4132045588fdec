using System;
using System.Collections.Generic;
using KognitosGen.Transport;

namespace KognitosGen.Validation;

/// <summary>
/// Every rule a client's settings must meet, in one place: the client's constructor throws the first problem, and
/// <see cref="KognitosClientOptions.Validate"/> reports them all (for the options system's start-up validation).
/// </summary>
internal static class OptionRules
{
    /// <summary>The problems of <paramref name="options"/>; <paramref name="apiKey"/> is the key the client would send (the option, else <c>KOGNITOS_API_KEY</c>).</summary>
    public static List<OptionProblem> Check(KognitosClientOptions options, out string? apiKey)
    {
        var problems = new List<OptionProblem>();
        if (!Enum.IsDefined(typeof(KognitosRegion), options.Region))
            problems.Add(new OptionProblem("Region", "must be US, EU or UK.", OptionProblemKind.OutOfRange));
        if (options.BaseUrl is { } baseUrl)
        {
            if (!baseUrl.IsAbsoluteUri)
                problems.Add(new OptionProblem("BaseUrl", "must be an absolute URL.", OptionProblemKind.Invalid));
            else if (!ApiEndpoint.IsAllowed(baseUrl))
                problems.Add(new OptionProblem("BaseUrl", ApiEndpoint.TransportRule, OptionProblemKind.Invalid));
        }

        apiKey = string.IsNullOrWhiteSpace(options.ApiKey)
            ? Environment.GetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable)
            : options.ApiKey;
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            problems.Add(new OptionProblem("ApiKey",
                $"is not set, nor is the {KognitosClientOptions.ApiKeyEnvironmentVariable} environment variable.", OptionProblemKind.Missing));
        }

        Positive(options.RequestTimeout, "RequestTimeout", problems);
        if (options.RunListingLag < TimeSpan.Zero || options.RunListingLag > KognitosClientOptions.MaxRunListingLag)
            problems.Add(new OptionProblem("RunListingLag", $"must be from zero to {KognitosClientOptions.MaxRunListingLag}.", OptionProblemKind.OutOfRange));
        Positive(options.RunLedgerLease, "RunLedgerLease", problems);
        if (options.MaxConcurrentRequests <= 0)
            problems.Add(new OptionProblem("MaxConcurrentRequests", "must be positive.", OptionProblemKind.OutOfRange));
        if (options.MaxResponseBytes <= 0)
            problems.Add(new OptionProblem("MaxResponseBytes", "must be positive.", OptionProblemKind.OutOfRange));
        if (options.TimeProvider is null)
            problems.Add(new OptionProblem("TimeProvider", "must not be null.", OptionProblemKind.Null));

        if (options.Retry is null)
            problems.Add(new OptionProblem("Retry", "must not be null.", OptionProblemKind.Null));
        else
            Check(options.Retry, "Retry.", problems);

        if (options.Polling is null)
            problems.Add(new OptionProblem("Polling", "must not be null.", OptionProblemKind.Null));
        else
            Check(options.Polling, "Polling.", problems);
        return problems;
    }

    public static void Check(KognitosRetryOptions retry, string prefix, List<OptionProblem> problems)
    {
        if (retry.MaxRetries < 0)
            problems.Add(new OptionProblem(prefix + "MaxRetries", "must be 0 or more.", OptionProblemKind.OutOfRange));
        NotNegative(retry.BaseDelay, prefix + "BaseDelay", problems);
        NotNegative(retry.MaxDelay, prefix + "MaxDelay", problems);
        NotNegative(retry.MaxRetryAfter, prefix + "MaxRetryAfter", problems);
    }

    public static void Check(KognitosPollingOptions polling, string prefix, List<OptionProblem> problems)
    {
        NotNegative(polling.InitialInterval, prefix + "InitialInterval", problems);
        NotNegative(polling.MaxInterval, prefix + "MaxInterval", problems);
        Positive(polling.Timeout, prefix + "Timeout", problems);
        if (!(polling.Multiplier >= 1.0) || double.IsInfinity(polling.Multiplier))
            problems.Add(new OptionProblem(prefix + "Multiplier", "must be a finite number of at least 1.", OptionProblemKind.OutOfRange));
        if (!(polling.Jitter >= 0.0 && polling.Jitter <= 1.0))
            problems.Add(new OptionProblem(prefix + "Jitter", "must be between 0 and 1.", OptionProblemKind.OutOfRange));
    }

    /// <summary>Throws the first of <paramref name="problems"/>, naming its setting after <paramref name="propertyPrefix"/>.</summary>
    public static void ThrowIfAny(List<OptionProblem> problems, string propertyPrefix, string parameterName)
    {
        if (problems.Count > 0)
            throw problems[0].ToException(propertyPrefix, parameterName);
    }

    private static void NotNegative(TimeSpan value, string name, List<OptionProblem> problems)
    {
        if (value < TimeSpan.Zero)
            problems.Add(new OptionProblem(name, "must not be negative.", OptionProblemKind.OutOfRange));
    }

    private static void Positive(TimeSpan value, string name, List<OptionProblem> problems)
    {
        if (value <= TimeSpan.Zero && value != System.Threading.Timeout.InfiniteTimeSpan)
            problems.Add(new OptionProblem(name, "must be positive (or Timeout.InfiniteTimeSpan).", OptionProblemKind.OutOfRange));
    }
}
