using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace KognitosGen.SourceGenerators.Helpers;

/// <summary>
/// An indenting text builder for generated C#: four spaces a level, LF line ends on every platform. Interpolated
/// lines are written straight into the text (no string per line, no formatting of an object array), and the builder
/// is kept for the next file on the same thread: emitting is a large part of a cold generator run.
/// </summary>
internal sealed class SourceWriter
{
    // A builder (and scratch array) this large is not kept: one huge class must not pin its text's memory on every
    // compiler thread for the life of the process.
    private const int MaxKeptCharacters = 256 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_spare;

    [ThreadStatic]
    private static char[]? t_scratch;

    // A line with break marks, copied out to be laid out again in place.
    [ThreadStatic]
    private static char[]? t_line;

    private StringBuilder _builder;
    private int _indent;

    public SourceWriter()
    {
        _builder = t_spare ?? new StringBuilder(16 * 1024);
        t_spare = null;
        _builder.Clear();
    }

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
            _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes an interpolated line; the handler has already written it, indented, into the text.</summary>
    public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        _builder.Append('\n');
        return this;
    }

    /// <summary>
    /// Writes an interpolated line that carries <see cref="LineLayout"/> break marks, broken where it would pass
    /// <see cref="LineLayout.MaxLength"/>.
    /// </summary>
    public SourceWriter Wrapped([InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        LayOut(line.Start);
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes an interpolated header line with break marks (as <see cref="Wrapped"/>), then opens a block.</summary>
    public Scope WrappedBlock([InterpolatedStringHandlerArgument("")] ref LineHandler header)
    {
        LayOut(header.Start);
        _builder.Append('\n');
        return Open();
    }

    /// <summary>Whether text of <paramref name="length"/> characters fits on a line at the current indentation.</summary>
    public bool Fits(int length) => _indent * 4 + length <= LineLayout.MaxLength;

    /// <summary>Indents the lines written until the returned scope is disposed (a continuation, no braces).</summary>
    public IndentScope Indented()
    {
        _indent++;
        return new IndentScope(this);
    }

    private void LayOut(int lineStart)
    {
        var textStart = lineStart + _indent * 4;
        var length = _builder.Length - textStart;
        var text = t_line is { } kept && kept.Length >= length ? kept : new char[System.Math.Max(length, 256)];
        t_line = text.Length <= MaxKeptCharacters ? text : null;
        _builder.CopyTo(textStart, text, 0, length);
        _builder.Length = textStart;
        LineLayout.Write(_builder, text, length, _indent);
    }

    /// <summary>Writes <paramref name="header"/> (when given), an opening brace, and indents until the returned scope is disposed.</summary>
    public Scope Block(string? header)
    {
        if (header is not null)
            Line(header);
        return Open();
    }

    /// <summary>Writes an interpolated header line (written in place, as <see cref="Line(ref LineHandler)"/>), then opens a block.</summary>
    public Scope Block([InterpolatedStringHandlerArgument("")] ref LineHandler header)
    {
        _builder.Append('\n');
        return Open();
    }

    private Scope Open()
    {
        Line("{");
        _indent++;
        return new Scope(this);
    }

    /// <summary>The text written, once; the writer gives its builder back for the next file and is done.</summary>
    public SourceText Finish()
    {
        var text = AsciiSourceText.From(_builder, ref t_scratch);
        t_spare = _builder.Capacity <= MaxKeptCharacters ? _builder : null;
        if (t_scratch is { Length: > MaxKeptCharacters })
            t_scratch = null;
        _builder = null!;
        return text;
    }

    private void Close()
    {
        // No blank line just before a closing brace.
        if (_builder.Length >= 2 && _builder[_builder.Length - 1] == '\n' && _builder[_builder.Length - 2] == '\n')
            _builder.Length--;
        _indent--;
        Line("}");
    }

    public readonly struct Scope : IDisposable
    {
        private readonly SourceWriter _writer;

        public Scope(SourceWriter writer) => _writer = writer;

        public void Dispose() => _writer.Close();
    }

    public readonly struct IndentScope : IDisposable
    {
        private readonly SourceWriter _writer;

        public IndentScope(SourceWriter writer) => _writer = writer;

        public void Dispose() => _writer._indent--;
    }

    /// <summary>Writes the parts of an interpolated line into the writer's text as the compiler hands them over.</summary>
    [InterpolatedStringHandler]
    public readonly ref struct LineHandler
    {
        private readonly StringBuilder _builder;

        /// <summary>Where the line starts in the text (before its indentation).</summary>
        public int Start { get; }

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _builder = writer._builder;
            Start = _builder.Length;
            _builder.Append(' ', writer._indent * 4);
        }

        public void AppendLiteral(string value) => _builder.Append(value);

        public void AppendFormatted(string? value) => _builder.Append(value);

        public void AppendFormatted(int value)
        {
            if (value is >= 0 and < 10)
                _builder.Append((char)('0' + value));
            else
                _builder.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        /// <summary>A piece of C# that writes itself (a literal, a converter) in place, without a string of its own.</summary>
        public void AppendFormatted<T>(T value)
            where T : ISourceFragment => value.WriteTo(_builder);
    }
}
