using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KognitosGen.Testing;

/// <summary>
/// Reads every byte of a recording and lists the secrets found in it, as written or JSON-escaped. Linked into every
/// test project; the record-and-replay tests scan every recording they write.
/// </summary>
internal static class RecordingSecretScan
{
    /// <summary>The secrets (given by name, for the message) found in the file; empty when none is there.</summary>
    public static List<string> Hits(string path, IReadOnlyDictionary<string, string> secrets)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(path));
        return secrets
            .Where(s => !string.IsNullOrEmpty(s.Value))
            .Where(s => text.Contains(s.Value, StringComparison.Ordinal)
                || text.Contains(JsonEncodedText.Encode(s.Value).ToString(), StringComparison.Ordinal)
                || text.Contains(JsonEncodedText.Encode(s.Value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(), StringComparison.Ordinal))
            .Select(s => s.Key)
            .ToList();
    }
}
