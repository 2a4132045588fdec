using System.Text;

namespace KognitosGen.Emulator;

/// <summary>
/// Turns a requested file name into the "sanitized filename that will be used for storage": the last path
/// segment, with control characters and characters unsafe in storage keys replaced by '_'.
/// </summary>
internal static class FileNameSanitizer
{
    private const string Unsafe = "\\/:*?\"<>|";

    public static string Sanitize(string requested)
    {
        var lastSeparator = requested.LastIndexOfAny(['/', '\\']);
        var name = lastSeparator >= 0 ? requested[(lastSeparator + 1)..] : requested;
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
            builder.Append(char.IsControl(c) || Unsafe.Contains(c, System.StringComparison.Ordinal) ? '_' : c);

        var sanitized = builder.ToString().Trim().Trim('.');
        return sanitized.Length == 0 ? "file" : sanitized;
    }
}
