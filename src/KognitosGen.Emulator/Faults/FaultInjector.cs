using System;
using System.Collections.Generic;
using System.Linq;

namespace KognitosGen.Emulator;

/// <summary>
/// Decides faults per request from a seeded random sequence. Every matching request consumes exactly five
/// draws, whatever is enabled, so one seed gives one sequence of decisions for one order of requests.
/// </summary>
internal sealed class FaultInjector
{
    private readonly object _gate = new();
    private FaultSettings _settings;
    private Random _random;
    private volatile bool _enabled;

    public FaultInjector(FaultSettings? initial)
    {
        _settings = (initial ?? FaultSettings.None).Clone();
        _random = new Random(_settings.Seed);
        _enabled = IsEnabled(_settings);
    }

    /// <summary>
    /// Whether any fault is enabled: while none is, <see cref="Decide"/> answers none without a draw, so a request
    /// may skip it (and its lock).
    /// </summary>
    public bool Enabled => _enabled;

    /// <summary>A copy of the settings in force.</summary>
    public FaultSettings Settings
    {
        get
        {
            lock (_gate)
                return _settings.Clone();
        }
    }

    /// <summary>Replaces the settings and restarts the random sequence from their seed.</summary>
    /// <exception cref="ArgumentException">The settings are out of range.</exception>
    public void Update(FaultSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var problems = new List<string>();
        FaultSettingsValidator.Validate(settings, string.Empty, problems);
        if (problems.Count > 0)
            throw new ArgumentException("Invalid fault settings: " + string.Join("; ", problems), nameof(settings));

        var copy = settings.Clone();
        lock (_gate)
        {
            _settings = copy;
            _random = new Random(copy.Seed);
            _enabled = IsEnabled(copy);
        }
    }

    public FaultDecision Decide(string method, string path, string? routeTemplate)
    {
        lock (_gate)
        {
            var s = _settings;
            if (!IsEnabled(s) || !Matches(s, method, path, routeTemplate))
                return FaultDecision.None;

            var dropBefore = _random.NextDouble() < s.DropBeforeHandlingRate;
            var rateLimited = _random.NextDouble() < s.RateLimitRate;
            var unavailable = _random.NextDouble() < s.ServiceUnavailableRate;
            var dropAfter = _random.NextDouble() < s.DropAfterHandlingRate;
            var latencyDraw = _random.NextDouble();
            var delay = s.LatencyMaxMs is { } max && max > s.LatencyMs
                ? s.LatencyMs + (int)(latencyDraw * (max - s.LatencyMs + 1))
                : s.LatencyMs;
            return new FaultDecision(delay, dropBefore, rateLimited, s.RetryAfterSeconds, unavailable, dropAfter);
        }
    }

    private static bool IsEnabled(FaultSettings s) =>
        s.RateLimitRate > 0 || s.ServiceUnavailableRate > 0 || s.DropBeforeHandlingRate > 0
        || s.DropAfterHandlingRate > 0 || s.LatencyMs > 0 || s.LatencyMaxMs > 0;

    private static bool Matches(FaultSettings s, string method, string path, string? routeTemplate)
    {
        if (s.Methods.Count > 0 && !s.Methods.Any(m => string.Equals(m, method, StringComparison.OrdinalIgnoreCase)))
            return false;
        if (s.Paths.Count == 0)
            return true;
        return s.Paths.Any(p => p.EndsWith('*')
            ? path.StartsWith(p[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(p, path, StringComparison.OrdinalIgnoreCase)
              || (routeTemplate is not null && string.Equals(p, routeTemplate, StringComparison.OrdinalIgnoreCase)));
    }
}
