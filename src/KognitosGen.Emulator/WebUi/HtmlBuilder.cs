using System.Runtime.CompilerServices;
using System.Text;

namespace KognitosGen.Emulator;

/// <summary>
/// Writes HTML from interpolated strings whose holes are encoded unless they are <see cref="HtmlRaw"/>: a run name or
/// an input value can never become markup.
/// </summary>
internal sealed class HtmlBuilder
{
    internal StringBuilder Inner { get; } = new(8 * 1024);

    public HtmlBuilder Append([InterpolatedStringHandlerArgument("")] ref HtmlInterpolation html) => this;

    public override string ToString() => Inner.ToString();
}
