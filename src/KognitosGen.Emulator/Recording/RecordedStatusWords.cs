using System;
using System.Collections.Generic;
using System.Linq;

namespace KognitosGen.Recording;

/// <summary>Reads status words however the server spelled them (Succeeded, SUCCEEDED, timed_out...), and how it spelled them.</summary>
internal static class RecordedStatusWords
{
    public const string AwaitingGuidance = "AwaitingGuidance";

    private static readonly string[] Known = ["Created", "Pending", "Running", "Succeeded", "Failed", "Cancelled", "TimedOut", AwaitingGuidance];
    private static readonly string[] Terminal = ["Succeeded", "Failed", "Cancelled", "TimedOut"];

    /// <summary>The documented spelling of <paramref name="word"/>, or null for a word no Kognitos status reads as.</summary>
    public static string? Canonical(string word)
    {
        var plain = word.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (plain.Equals("Canceled", StringComparison.OrdinalIgnoreCase))
            return "Cancelled";
        return Known.FirstOrDefault(k => k.Equals(plain, StringComparison.OrdinalIgnoreCase));
    }

    public static bool IsTerminal(string canonical) => Terminal.Contains(canonical, StringComparer.Ordinal);

    /// <summary>
    /// The emulator's name for how the words were spelled (Documented, Lowercase, Uppercase, UpperSnakeCase): an
    /// underscore says upper snake case, all capitals uppercase, all small letters lowercase.
    /// </summary>
    public static string Style(IEnumerable<string> words)
    {
        var list = words.Where(w => Canonical(w) is not null).ToList();
        if (list.Count == 0)
            return "Documented";
        if (list.Any(w => w.Contains('_', StringComparison.Ordinal)))
            return "UpperSnakeCase";
        if (list.All(w => w == w.ToUpperInvariant()))
            return "Uppercase";
        return list.All(w => w == w.ToLowerInvariant()) ? "Lowercase" : "Documented";
    }
}
