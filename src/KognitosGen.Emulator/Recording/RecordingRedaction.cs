using System;
using System.Collections.Generic;
using System.Linq;

namespace KognitosGen.Recording;

/// <summary>
/// What the writer redacts beyond what it always does: the secrets met while recording (API keys, presigned URLs and
/// their parts, upload form values), the facts named by the user and the JSON paths named by the user. Thread-safe.
/// </summary>
internal sealed class RecordingRedaction
{
    /// <summary>What every redacted value is replaced with.</summary>
    public const string Replacement = "[redacted]";

    /// <summary>Secrets shorter than this are not matched inside text: "1" or "POST" would redact half the file.</summary>
    public const int MinimumSecretLength = 6;

    private readonly object _gate = new();
    private readonly HashSet<string> _secrets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _facts;

    public RecordingRedaction(IEnumerable<string>? facts = null, IEnumerable<string>? paths = null)
    {
        _facts = new HashSet<string>(facts ?? [], StringComparer.Ordinal);
        Paths = (paths ?? []).Select(RecordingJsonPath.Parse).ToList();
    }

    /// <summary>The user's JSON paths, parsed.</summary>
    public IReadOnlyList<RecordingJsonPath> Paths { get; }

    /// <summary>Remembers a secret; any text that holds it is redacted from then on.</summary>
    public void AddSecret(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < MinimumSecretLength)
            return;
        lock (_gate)
            _secrets.Add(secret);
    }

    /// <summary>The secrets known so far (a snapshot).</summary>
    public IReadOnlyList<string> Secrets()
    {
        lock (_gate)
            return _secrets.ToArray();
    }

    /// <summary>Whether the user asked for the fact's values to be redacted.</summary>
    public bool RedactsFact(string name) => _facts.Contains(name);

    /// <summary>The text, or <see cref="Replacement"/> when it holds a known secret or a signed URL.</summary>
    public string Scrub(string text)
    {
        if (SensitiveNames.HoldsSignedUrl(text))
            return Replacement;
        foreach (var secret in Secrets())
        {
            if (text.Contains(secret, StringComparison.Ordinal))
                return Replacement;
        }

        return text;
    }
}
