using System.Text;

namespace KognitosGen.SourceGenerators.Helpers;

/// <summary>
/// Lays out one generated line that carries break marks, so that no line passes <see cref="MaxLength"/> where the
/// marks allow it. A group (opened by <see cref="Open"/>, <see cref="OpenSpaced"/> or <see cref="OpenFilled"/>, ended
/// by <see cref="Close"/>) is written flat when it fits on the line with the text that must follow it; otherwise each
/// of its items (divided by <see cref="Comma"/> or <see cref="Space"/>) goes on a line of its own, one level deeper,
/// or, in a filled group, as many items as fit go on each line, starting on the group's own line. Nested groups are decided the same way.
/// </summary>
/// <remarks>
/// The marks are control characters, which no literal in generated code holds as is (<see cref="CSharpLiteral"/>
/// escapes them). Lines without marks never come here.
/// </remarks>
internal static class LineLayout
{
    public const int MaxLength = 120;

    /// <summary>Opens a group; flat: nothing.</summary>
    public const char Open = '\u0001';

    /// <summary>Opens a group; flat: a space.</summary>
    public const char OpenSpaced = '\u0002';

    /// <summary>Opens a group whose items are packed, as many a line as fit; flat: a space.</summary>
    public const char OpenFilled = '\u0003';

    /// <summary>Ends a group.</summary>
    public const char Close = '\u0004';

    /// <summary>Divides items; flat: <c>", "</c>, broken: a comma at the end of the line.</summary>
    public const char Comma = '\u0005';

    /// <summary>Divides items; flat: a space, broken: nothing at the end of the line.</summary>
    public const char Space = '\u0006';

    public static bool IsMark(char ch) => ch is >= Open and <= Space;

    /// <summary>
    /// Writes <paramref name="text"/> (a line without its indentation) into <paramref name="output"/>, which already
    /// holds the line's indentation of <paramref name="level"/> levels.
    /// </summary>
    public static void Write(StringBuilder output, char[] text, int length, int level)
    {
        var layout = new Layout(output, text, level * 4);
        layout.Sequence(0, length, level, trailing: 0);
    }

    private struct Layout
    {
        private readonly StringBuilder _output;
        private readonly char[] _text;
        private int _column;

        public Layout(StringBuilder output, char[] text, int column)
        {
            _output = output;
            _text = text;
            _column = column;
        }

        // Writes text[from..to) at the current column; trailing is the width of what must follow on the same line.
        public void Sequence(int from, int to, int level, int trailing)
        {
            var i = from;
            while (i < to)
            {
                var ch = _text[i];
                if (ch is not (Open or OpenSpaced or OpenFilled))
                {
                    _output.Append(ch);
                    _column++;
                    i++;
                    continue;
                }

                var close = MatchingClose(i, to);
                var next = NextGroup(close + 1, to);
                var tail = FlatWidth(close + 1, next) + (next == to ? trailing : 0);
                if (_column + FlatWidth(i, close + 1) + tail <= MaxLength)
                    Flat(i, close + 1);
                else if (ch == OpenFilled)
                    Filled(i + 1, close, level + 1, tail);
                else
                    Broken(i + 1, close, level + 1, tail);
                i = close + 1;
            }
        }

        // Each item on a line of its own.
        private void Broken(int from, int to, int level, int tail)
        {
            var start = from;
            while (start <= to)
            {
                var end = NextDivider(start, to);
                NewLine(level);
                // A comma stays at the end of its item's line.
                var divider = end < to ? _text[end] : '\0';
                Sequence(start, end, level, end < to ? (divider == Comma ? 1 : 0) : tail);
                if (divider == Comma)
                    Append(',');
                start = end + 1;
            }
        }

        // As many items a line as fit, starting on the group's own line; items of a filled group hold no groups.
        private void Filled(int from, int to, int level, int tail)
        {
            // After an opening parenthesis, as in a parameter list, no space.
            if (_output.Length == 0 || _output[_output.Length - 1] != '(')
                Append(' ');
            var start = from;
            var first = true;
            while (start <= to)
            {
                var end = NextDivider(start, to);
                var width = FlatWidth(start, end) + (end < to ? 1 : tail);
                if (_column + (first ? 0 : 1) + width > MaxLength)
                    NewLine(level);
                else if (!first)
                    Append(' ');
                Flat(start, end);
                if (end < to && _text[end] == Comma)
                    Append(',');
                first = false;
                start = end + 1;
            }
        }

        private void Flat(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                switch (_text[i])
                {
                    case Open or Close:
                        break;
                    case OpenSpaced or OpenFilled or Space:
                        Append(' ');
                        break;
                    case Comma:
                        Append(',');
                        Append(' ');
                        break;
                    default:
                        Append(_text[i]);
                        break;
                }
            }
        }

        private readonly int FlatWidth(int from, int to)
        {
            var width = 0;
            for (var i = from; i < to; i++)
            {
                width += _text[i] switch
                {
                    Open or Close => 0,
                    Comma => 2,
                    _ => 1,
                };
            }

            return width;
        }

        private readonly int MatchingClose(int open, int to)
        {
            var depth = 0;
            for (var i = open; i < to; i++)
            {
                if (_text[i] is Open or OpenSpaced or OpenFilled)
                    depth++;
                else if (_text[i] == Close && --depth == 0)
                    return i;
            }

            return to;
        }

        private readonly int NextGroup(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                if (_text[i] is Open or OpenSpaced or OpenFilled)
                    return i;
            }

            return to;
        }

        // The next divider of this group's own items (not of a nested group's), or the group's end.
        private readonly int NextDivider(int from, int to)
        {
            var depth = 0;
            for (var i = from; i < to; i++)
            {
                var ch = _text[i];
                if (ch is Open or OpenSpaced or OpenFilled)
                    depth++;
                else if (ch == Close)
                    depth--;
                else if (depth == 0 && ch is Comma or Space)
                    return i;
            }

            return to;
        }

        private void NewLine(int level)
        {
            // No trailing space before a break.
            while (_output.Length > 0 && _output[_output.Length - 1] == ' ')
                _output.Length--;
            _output.Append('\n').Append(' ', level * 4);
            _column = level * 4;
        }

        private void Append(char ch)
        {
            _output.Append(ch);
            _column++;
        }
    }
}
