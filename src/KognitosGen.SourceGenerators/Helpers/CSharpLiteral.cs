using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KognitosGen.SourceGenerators.Helpers;

internal static class CSharpLiteral
{
    /// <summary>What generated code writes for an empty string array.</summary>
    public const string EmptyStringArray = "global::System.Array.Empty<string>()";

    /// <summary>
    /// A regular C# string literal for any text, escaping what a literal cannot hold as is, to write in place (see
    /// <see cref="SourceWriter.LineHandler"/>).
    /// </summary>
    public static Text Quoted(string? value) => new(value, null, null);

    /// <summary><c>new string[] { ... }</c>, or <c>Array.Empty&lt;string&gt;()</c> for none, to write in place.</summary>
    public static Text StringArray(IReadOnlyList<string> values) => new(null, values, null);

    /// <summary><c>new bool[] { ... }</c> to write in place.</summary>
    public static Text BoolArray(IReadOnlyList<bool> values) => new(null, null, values);

    /// <summary>Text for an XML doc comment: markup characters escaped, one line.</summary>
    public static string XmlText(string value) =>
        value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace('\n', ' ').Replace('\r', ' ');

    private static StringBuilder AppendString(StringBuilder builder, string? value)
    {
        if (value is null)
            return builder.Append("null");
        builder.Append('"');
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

        return builder.Append('"');
    }

    /// <summary>A literal written straight into generated text: one string, an array of strings, or an array of bools.</summary>
    public readonly struct Text : ISourceFragment
    {
        private readonly string? _value;
        private readonly IReadOnlyList<string>? _strings;
        private readonly IReadOnlyList<bool>? _bools;

        public Text(string? value, IReadOnlyList<string>? strings, IReadOnlyList<bool>? bools)
        {
            _value = value;
            _strings = strings;
            _bools = bools;
        }

        public void WriteTo(StringBuilder builder)
        {
            if (_strings is not null)
                WriteArray(builder, _strings);
            else if (_bools is not null)
                WriteArray(builder, _bools);
            else
                AppendString(builder, _value);
        }

        private static void WriteArray(StringBuilder builder, IReadOnlyList<string> values)
        {
            if (values.Count == 0)
            {
                builder.Append(EmptyStringArray);
                return;
            }

            builder.Append("new string[] { ");
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0)
                    builder.Append(", ");
                AppendString(builder, values[i]);
            }

            builder.Append(" }");
        }

        private static void WriteArray(StringBuilder builder, IReadOnlyList<bool> values)
        {
            builder.Append("new bool[] { ");
            for (var i = 0; i < values.Count; i++)
                builder.Append(i > 0 ? ", " : "").Append(values[i] ? "true" : "false");
            builder.Append(values.Count > 0 ? " }" : "}");
        }
    }
}
