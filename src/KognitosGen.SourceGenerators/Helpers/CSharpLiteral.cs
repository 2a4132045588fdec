using System.Globalization;
using System.Text;

namespace KognitosGen.SourceGenerators.Helpers;

internal static class CSharpLiteral
{
    /// <summary>A regular C# string literal for any text, escaping what a literal cannot hold as is.</summary>
    public static string String(string? value)
    {
        if (value is null)
            return "null";
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var ch in value)
        {
            switch (ch)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(ch) || char.IsSurrogate(ch) || ch == '\u2028' || ch == '\u2029' || ch == '\u0085')
                        builder.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(ch);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>Text for an XML doc comment: markup characters escaped, one line.</summary>
    public static string XmlText(string value) =>
        value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace('\n', ' ').Replace('\r', ' ');
}
