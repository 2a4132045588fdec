using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KognitosGen.SourceGenerators.Helpers;

internal static class CSharpLiteral
{
    /// <summary>
    /// A regular C# string literal for any text, escaping what a literal cannot hold as is, to write in place (see
    /// <see cref="SourceWriter.LineHandler"/>).
    /// </summary>
    public static Text Quoted(string? value) => new(value, null, null);

    /// <summary><c>new string[] { ... }</c>, or <c>Array.Empty&lt;string&gt;()</c> for none, to write in place.</summary>
    public static Text StringArray(IEnumerable<string> values) => new(null, values, null);

    /// <summary><c>new bool[] { ... }</c> to write in place.</summary>
    public static Text BoolArray(IEnumerable<bool> values) => new(null, null, values);

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
    public readonly struct Text
    {
        private readonly string? _value;
        private readonly IEnumerable<string>? _strings;
        private readonly IEnumerable<bool>? _bools;

        public Text(string? value, IEnumerable<string>? strings, IEnumerable<bool>? bools)
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

        private static void WriteArray(StringBuilder builder, IEnumerable<string> values)
        {
            var start = builder.Length;
            builder.Append("new string[] { ");
            var any = false;
            foreach (var value in values)
            {
                if (any)
                    builder.Append(", ");
                AppendString(builder, value);
                any = true;
            }

            if (any)
                builder.Append(" }");
            else
                builder.Remove(start, builder.Length - start).Append("global::System.Array.Empty<string>()");
        }

        private static void WriteArray(StringBuilder builder, IEnumerable<bool> values)
        {
            builder.Append("new bool[] { ");
            var any = false;
            foreach (var value in values)
            {
                builder.Append(any ? ", " : "").Append(value ? "true" : "false");
                any = true;
            }

            builder.Append(any ? " }" : "}");
        }
    }
}
