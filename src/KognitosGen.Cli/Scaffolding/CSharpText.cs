using System.Globalization;
using System.Security;
using System.Text;

namespace KognitosGen.Cli.Scaffolding;

/// <summary>Literals and comment text for generated C#.</summary>
internal static class CSharpText
{
    public static string String(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary>Text safe inside an XML doc comment on one line.</summary>
    public static string Doc(string value) => SecurityElement.Escape(value.Replace('\r', ' ').Replace('\n', ' '));
}
