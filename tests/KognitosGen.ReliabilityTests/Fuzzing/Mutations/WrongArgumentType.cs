using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>
/// Damages the arguments of KognitosGen attributes: a value of the wrong type (<see cref="WrongArgumentValues"/>),
/// an extra or duplicated argument, an unknown or misnamed one, or the argument list emptied or removed.
/// </summary>
public sealed class WrongArgumentType : ISourceMutation
{
    private static readonly string[] ExtraArguments =
    [
        "\"second\"", "AgentId = \"again\"", "ProcessId = null", "Stage = KognitosStage.Draft", "JsonContext = typeof(int)",
        "Unknown = 1", "Name = \"read-only\"", "FactName = \"read-only\"", "name: \"named\"", "factName: \"named\"", "wrong: \"x\"",
    ];

    public string Name => "wrong attribute argument";

    public string Apply(string source, Random random)
    {
        var attributes = SourceSyntax.Nodes<AttributeSyntax>(source).Where(a => a.IsKognitosAttribute()).ToList();
        if (attributes.Count == 0)
            return source;
        var attribute = attributes.Pick(random);
        var arguments = attribute.ArgumentList?.Arguments ?? default;

        switch (random.Next(6))
        {
            case 0 or 1 or 2 when arguments.Count > 0:
            {
                var expression = arguments[random.Next(arguments.Count)].Expression;
                return SourceSyntax.Replace(source, expression.SpanStart, expression.Span.Length, WrongArgumentValues.All.Pick(random));
            }

            case 3 when attribute.ArgumentList is { } list:
                return SourceSyntax.Replace(source, list.CloseParenToken.SpanStart, 0, (arguments.Count > 0 ? ", " : "") + ExtraArguments.Pick(random));
            case 4 when attribute.ArgumentList is { } list:
                return SourceSyntax.Replace(source, list.SpanStart, list.Span.Length, random.Next(2) == 0 ? "" : "()");
            default:
            {
                var at = attribute.ArgumentList?.CloseParenToken.SpanStart ?? attribute.Span.End;
                var open = attribute.ArgumentList is null ? "(" : arguments.Count > 0 ? ", " : "";
                var close = attribute.ArgumentList is null ? ")" : "";
                return SourceSyntax.Replace(source, at, 0, open + ExtraArguments.Pick(random) + ", " + ExtraArguments.Pick(random) + close);
            }
        }
    }
}
