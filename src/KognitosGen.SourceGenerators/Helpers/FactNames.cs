using System.Text;

namespace KognitosGen.SourceGenerators.Helpers;

/// <summary>
/// The normalised form of a fact name: case-insensitive, ' ', '_' and '-' equivalent, "the output " optional.
/// Must agree with KognitosGen.Binding.KognitosFactNames.Normalize in the runtime (a test checks both).
/// </summary>
internal static class FactNames
{
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        var pendingSeparator = false;
        foreach (var ch in name)
        {
            if (ch is ' ' or '_' or '-')
            {
                pendingSeparator = builder.Length > 0;
                continue;
            }

            if (pendingSeparator)
                builder.Append(' ');
            pendingSeparator = false;
            builder.Append(char.ToLowerInvariant(ch));
        }

        var text = builder.ToString();
        if (text.StartsWith("the output ", System.StringComparison.Ordinal))
            return text.Substring("the output ".Length);
        if (text.StartsWith("output ", System.StringComparison.Ordinal))
            return text.Substring("output ".Length);
        return text;
    }
}
