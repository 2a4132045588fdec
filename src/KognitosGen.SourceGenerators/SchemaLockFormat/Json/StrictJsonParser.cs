using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KognitosGen.SourceGenerators.SchemaLockFormat.Json;

/// <summary>
/// A strict RFC 8259 reader: no comments, no trailing commas, no duplicate member names, nothing after the value.
/// Small on purpose: the analyzer assembly may not depend on System.Text.Json, and messages need line numbers.
/// </summary>
internal sealed class StrictJsonParser
{
    /// <summary>A lock nests six levels deep; far deeper input is refused before it can exhaust the stack.</summary>
    public const int MaxDepth = 64;

    private readonly string _text;
    private int _position;
    private int _line = 1;

    private StrictJsonParser(string text)
    {
        _text = text;
        // Decoders usually strip a byte order mark; one left in the text is not the document's fault.
        if (text.Length > 0 && text[0] == '\uFEFF')
            _position = 1;
    }

    /// <summary>The document's value.</summary>
    /// <exception cref="JsonSyntaxException">The text is not strict JSON, or nests deeper than <see cref="MaxDepth"/>.</exception>
    public static JsonNode Parse(string text)
    {
        var parser = new StrictJsonParser(text);
        parser.SkipWhitespace();
        var value = parser.ReadValue(depth: 0);
        parser.SkipWhitespace();
        if (parser._position < text.Length)
            throw parser.Error("unexpected " + Describe(parser._text[parser._position]) + " after the end of the document");
        return value;
    }

    private JsonNode ReadValue(int depth)
    {
        if (_position >= _text.Length)
            throw Error("the document ends where a value was expected");
        var line = _line;
        var start = _position;
        switch (_text[_position])
        {
            case '{':
                return ReadObject(depth + 1);
            case '[':
                return ReadArray(depth + 1);
            case '"':
                var text = ReadString();
                return JsonNode.Scalar(JsonNodeKind.String, line, start, _position, text);
            case 't':
                ReadLiteral("true");
                return JsonNode.Scalar(JsonNodeKind.True, line, start, _position);
            case 'f':
                ReadLiteral("false");
                return JsonNode.Scalar(JsonNodeKind.False, line, start, _position);
            case 'n':
                ReadLiteral("null");
                return JsonNode.Scalar(JsonNodeKind.Null, line, start, _position);
            case '-':
            case >= '0' and <= '9':
                var number = ReadNumber();
                return JsonNode.Scalar(JsonNodeKind.Number, line, start, _position, number);
            default:
                throw Error("unexpected " + Describe(_text[_position]) + " where a value was expected");
        }
    }

    private JsonNode ReadObject(int depth)
    {
        CheckDepth(depth);
        var line = _line;
        var start = _position;
        _position++; // '{'
        var members = new List<JsonMember>();
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        SkipWhitespace();
        if (TryConsume('}'))
            return JsonNode.Object(line, start, _position, members);
        while (true)
        {
            SkipWhitespace();
            if (_position >= _text.Length || _text[_position] != '"')
                throw Error(_position >= _text.Length ? "the document ends inside an object" : "expected a member name in double quotes");
            var nameLine = _line;
            var name = ReadString();
            if (!names.Add(name))
                throw new JsonSyntaxException(nameLine, $"the member '{name}' appears twice in one object");
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            members.Add(new JsonMember(name, nameLine, ReadValue(depth)));
            SkipWhitespace();
            if (TryConsume(','))
                continue;
            if (TryConsume('}'))
                return JsonNode.Object(line, start, _position, members);
            throw Error(_position >= _text.Length ? "the document ends inside an object" : "expected ',' or '}' after a member");
        }
    }

    private JsonNode ReadArray(int depth)
    {
        CheckDepth(depth);
        var line = _line;
        var start = _position;
        _position++; // '['
        var items = new List<JsonNode>();
        SkipWhitespace();
        if (TryConsume(']'))
            return JsonNode.Array(line, start, _position, items);
        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue(depth));
            SkipWhitespace();
            if (TryConsume(','))
                continue;
            if (TryConsume(']'))
                return JsonNode.Array(line, start, _position, items);
            throw Error(_position >= _text.Length ? "the document ends inside an array" : "expected ',' or ']' after an array item");
        }
    }

    private string ReadString()
    {
        _position++; // opening quote
        var builder = new StringBuilder();
        while (true)
        {
            if (_position >= _text.Length)
                throw Error("the document ends inside a string");
            var ch = _text[_position++];
            if (ch == '"')
                return builder.ToString();
            if (ch < ' ')
                throw Error("a control character (or line break) inside a string must be escaped");
            if (ch != '\\')
            {
                builder.Append(ch);
                continue;
            }

            if (_position >= _text.Length)
                throw Error("the document ends inside a string");
            var escape = _text[_position++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u': builder.Append(ReadHexEscape()); break;
                default: throw Error("unknown escape '\\" + escape + "' in a string");
            }
        }
    }

    private char ReadHexEscape()
    {
        if (_position + 4 > _text.Length
            || !int.TryParse(_text.Substring(_position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
        {
            throw Error("a '\\u' escape needs four hexadecimal digits");
        }

        _position += 4;
        return (char)code;
    }

    private string ReadNumber()
    {
        var start = _position;
        TryConsume('-');
        if (TryConsume('0'))
        {
            if (_position < _text.Length && IsDigit(_text[_position]))
                throw Error("a number may not start with a leading zero");
        }
        else if (!ReadDigits())
        {
            throw Error("a number needs digits");
        }

        if (TryConsume('.') && !ReadDigits())
            throw Error("a number needs digits after its decimal point");
        if (_position < _text.Length && _text[_position] is 'e' or 'E')
        {
            _position++;
            if (!TryConsume('+'))
                TryConsume('-');
            if (!ReadDigits())
                throw Error("a number needs digits in its exponent");
        }

        return _text.Substring(start, _position - start);
    }

    private bool ReadDigits()
    {
        var start = _position;
        while (_position < _text.Length && IsDigit(_text[_position]))
            _position++;
        return _position > start;
    }

    private void ReadLiteral(string literal)
    {
        if (string.CompareOrdinal(_text, _position, literal, 0, literal.Length) != 0)
            throw Error("unexpected " + Describe(_text[_position]) + " where a value was expected");
        _position += literal.Length;
    }

    private void SkipWhitespace()
    {
        while (_position < _text.Length)
        {
            switch (_text[_position])
            {
                case '\n':
                    _line++;
                    break;
                case '\r':
                    if (_position + 1 >= _text.Length || _text[_position + 1] != '\n')
                        _line++;
                    break;
                case ' ':
                case '\t':
                    break;
                default:
                    return;
            }

            _position++;
        }
    }

    private void Expect(char ch)
    {
        if (!TryConsume(ch))
            throw Error(_position >= _text.Length ? "the document ends early" : $"expected '{ch}'");
    }

    private bool TryConsume(char ch)
    {
        if (_position < _text.Length && _text[_position] == ch)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void CheckDepth(int depth)
    {
        if (depth > MaxDepth)
            throw Error($"objects and arrays nest deeper than {MaxDepth} levels");
    }

    private JsonSyntaxException Error(string problem) => new(_line, problem);

    private static bool IsDigit(char ch) => ch is >= '0' and <= '9';

    private static string Describe(char ch) => ch is > ' ' and < '\u007f' ? $"'{ch}'" : $"character U+{(int)ch:X4}";
}
