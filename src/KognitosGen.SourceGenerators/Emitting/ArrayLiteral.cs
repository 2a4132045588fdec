using System.Collections.Generic;
using System.Text;
using KognitosGen.SourceGenerators.Helpers;

namespace KognitosGen.SourceGenerators.Emitting;

/// <summary>
/// A string or bool array literal with break marks: on one line when it fits, else its elements packed onto the
/// lines below (see <see cref="LineLayout"/>). Written only into wrapped lines, which remove the marks.
/// </summary>
internal readonly struct ArrayLiteral : ISourceFragment
{
    private readonly IReadOnlyList<string>? _strings;
    private readonly IReadOnlyList<bool>? _bools;

    private ArrayLiteral(IReadOnlyList<string>? strings, IReadOnlyList<bool>? bools) => (_strings, _bools) = (strings, bools);

    public static ArrayLiteral Strings(IReadOnlyList<string> values) => new(values, null);

    public static ArrayLiteral Bools(IReadOnlyList<bool> values) => new(null, values);

    public void WriteTo(StringBuilder builder)
    {
        var count = _strings?.Count ?? _bools!.Count;
        if (count == 0)
        {
            builder.Append(_strings is not null ? CSharpLiteral.EmptyStringArray : "new bool[] {}");
            return;
        }

        builder.Append(_strings is not null ? "new string[] {" : "new bool[] {").Append(LineLayout.OpenFilled);
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
                builder.Append(LineLayout.Comma);
            if (_strings is not null)
                CSharpLiteral.Quoted(_strings[i]).WriteTo(builder);
            else
                builder.Append(_bools![i] ? "true" : "false");
        }

        builder.Append(LineLayout.Close).Append(" }");
    }
}
