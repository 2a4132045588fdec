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
        var text = Words(name);
        if (text.StartsWith("the output ", System.StringComparison.Ordinal))
            return text.Substring("the output ".Length);
        if (text.StartsWith("output ", System.StringComparison.Ordinal))
            return text.Substring("output ".Length);
        return text;
    }

    /// <summary>
    /// The fact a process defines for an output Kognitos returned under <paramref name="returnedName"/>: the name
    /// itself when it reads as "the output ...", else "the output " and its words (<c>invoice_number</c> becomes
    /// <c>the output invoice number</c>). Both normalise alike, so the binder and the lock checks match either form.
    /// </summary>
    public static string ProcessFact(string returnedName)
    {
        if (OutputSpelling(returnedName) is null)
            return returnedName;
        var words = Normalize(returnedName);
        return words.Length == 0 ? returnedName : "the output " + words;
    }

    /// <summary>
    /// Null when an output fact's name reads as one (its words start with "the output", in any case and with any of
    /// the separators); else the spelling to use: "the output " before the name, or in place of a leading "output"
    /// word. The spelling normalises as the name did, so it binds to everything the name bound to, and more.
    /// </summary>
    public static string? OutputSpelling(string name)
    {
        var words = Words(name);
        if (words.Length == 0 || words == "the output" || words.StartsWith("the output ", System.StringComparison.Ordinal))
            return null;
        var rest = name.Trim(Separators);
        if (words.StartsWith("output ", System.StringComparison.Ordinal))
            rest = rest.Substring("output".Length).TrimStart(Separators);
        return "the output " + rest;
    }

    private static readonly char[] Separators = [' ', '_', '-'];

    // Lower case, every run of separators one space, none at either end: the name before the prefix is made optional.
    private static string Words(string name)
    {
        if (IsWords(name))
            return name;
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

        return builder.ToString();
    }

    // Already lower case single-spaced words (as fact names mostly are): nothing to build.
    private static bool IsWords(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            var ch = name[i];
            if (ch is '_' or '-' || char.ToLowerInvariant(ch) != ch)
                return false;
            if (ch == ' ' && (i == 0 || i == name.Length - 1 || name[i - 1] == ' '))
                return false;
        }

        return true;
    }
}
