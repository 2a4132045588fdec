using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>
/// Wraps a type declaration in dozens of containers: partial classes, structs, records and interfaces (now and
/// then a static, generic or non-partial one) or nested block namespaces.
/// </summary>
public sealed class AbsurdNesting : ISourceMutation
{
    // {0} is the container's name.
    private static readonly string[] Containers =
    [
        "partial class {0}", "partial struct {0}", "partial record {0}", "partial record struct {0}", "partial interface {0}",
        "static partial class {0}", "public partial class {0}", "internal sealed partial class {0}", "partial record class {0}",
        "class {0}", "partial class {0}<T>",
    ];

    public string Name => "absurd nesting";

    public string Apply(string source, Random random)
    {
        var types = SourceSyntax.Nodes<BaseTypeDeclarationSyntax>(source);
        if (types.Count == 0)
            return source;
        var type = types.Pick(random);
        var depth = 12 + random.Next(60);
        var inNamespaces = random.Next(3) == 0;
        var open = new System.Text.StringBuilder();
        for (var level = 0; level < depth; level++)
        {
            var header = inNamespaces ? "namespace N" + level : string.Format(Containers.Pick(random), "C" + level);
            open.Append(header).Append(" { ");
        }

        return SourceSyntax.Replace(source, type.FullSpan.Start, type.FullSpan.Length, open + type.ToFullString() + new string('}', depth) + "\n");
    }
}
