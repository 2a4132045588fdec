using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace KognitosGen.Cli.Scaffolding;

/// <summary>Turns fact and process names into valid, unique C# identifiers.</summary>
internal static class Identifiers
{
    /// <summary>PascalCase of the letters and digits of <paramref name="text"/>: "the invoice no." → "TheInvoiceNo".</summary>
    public static string Pascal(string text, string fallback)
    {
        var result = new StringBuilder();
        var startOfWord = true;
        foreach (var c in text)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }

            result.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }

        if (result.Length == 0)
            return fallback;
        // An identifier cannot start with a digit; the fallback word keeps the digits readable.
        return char.IsDigit(result[0]) ? fallback + result : result.ToString();
    }

    /// <summary><paramref name="name"/>, or it with 2, 3, ... appended until no taken name (ordinal) is hit; records the result.</summary>
    public static string Unique(string name, ISet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
            candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return candidate;
    }

    /// <summary>The words a process name starts with that a class name can do without ("to process the invoices" → "process the invoices").</summary>
    public static string WithoutLeadingTo(string processName)
    {
        var trimmed = processName.Trim();
        return trimmed.StartsWith("to ", StringComparison.OrdinalIgnoreCase) ? trimmed[3..] : trimmed;
    }

    /// <summary>Whether <paramref name="text"/> is a dotted namespace of plain identifiers, such as <c>MyApp.Kognitos</c>.</summary>
    public static bool IsNamespace(string text) =>
        text.Split('.').All(part => part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_'));

    /// <summary>An output fact name without its "the output " prefix.</summary>
    public static string WithoutOutputPrefix(string factName)
    {
        var trimmed = factName.Trim();
        return trimmed.StartsWith("the output ", StringComparison.OrdinalIgnoreCase) ? trimmed[11..] : trimmed;
    }
}
