using System;
using System.Text;

namespace KognitosGen.SourceGenerators.Helpers;

/// <summary>An indenting text builder for generated C#: four spaces a level, LF line ends on every platform.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new(4096);
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
            _builder.Append(' ', _indent * 4).Append(text);
        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> (when given), an opening brace, and indents until the returned scope is disposed.</summary>
    public Scope Block(string? header)
    {
        if (header is not null)
            Line(header);
        Line("{");
        _indent++;
        return new Scope(this);
    }

    public override string ToString() => _builder.ToString();

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
}
