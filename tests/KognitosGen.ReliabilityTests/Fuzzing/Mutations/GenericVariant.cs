using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>Makes a type generic (type parameters, variance, constraints), or gives a generic type's parameters to a process.</summary>
public sealed class GenericVariant : ISourceMutation
{
    private static readonly string[] TypeParameters =
    [
        "<T>", "<T1, T2>", "<in T>", "<out T>", "<T> where T : class", "<T> where T : struct, new()", "<TProcess> where TProcess : KognitosGen.IKognitosProcess",
        "<>", "<T, T>", "<int>",
    ];

    public string Name => "generic variant";

    public string Apply(string source, Random random)
    {
        var types = SourceSyntax.Nodes<TypeDeclarationSyntax>(source);
        if (types.Count == 0)
            return source;
        var type = types.Pick(random);
        var parameters = TypeParameters.Pick(random);
        if (type.TypeParameterList is { } existing)
            return SourceSyntax.Replace(source, existing.SpanStart, existing.Span.Length, parameters);
        var at = type.Identifier.Span.End;
        var where = parameters.IndexOf(" where", StringComparison.Ordinal);
        if (where < 0 || type.OpenBraceToken.IsMissing)
            return SourceSyntax.Replace(source, at, 0, parameters);
        // Constraints go after the base list, before the body.
        var withConstraint = SourceSyntax.Replace(source, type.OpenBraceToken.SpanStart, 0, parameters[where..] + " ");
        return SourceSyntax.Replace(withConstraint, at, 0, parameters[..where]);
    }
}
