using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace KognitosGen.Emulator;

/// <summary>The interpolation handler of <see cref="HtmlBuilder.Append"/>: literals as written, holes encoded.</summary>
[InterpolatedStringHandler]
internal readonly ref struct HtmlInterpolation
{
    private readonly StringBuilder _inner;

    public HtmlInterpolation(int literalLength, int formattedCount, HtmlBuilder builder)
    {
        _ = literalLength;
        _ = formattedCount;
        _inner = builder.Inner;
    }

    public void AppendLiteral(string literal) => _inner.Append(literal);

    public void AppendFormatted(HtmlRaw raw) => _inner.Append(raw.Value);

    public void AppendFormatted(string? text) => _inner.Append(HtmlEncoder.Default.Encode(text ?? string.Empty));

    public void AppendFormatted<T>(T value) =>
        AppendFormatted(value is IFormattable formattable
            ? formattable.ToString(null, CultureInfo.InvariantCulture)
            : value?.ToString());
}
