using KognitosGen.SourceGenerators.Parsing;
using KognitosGen.SourceGenerators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KognitosGen.SourceGenerators.Tests;

/// <summary>
/// The generator reads a property's accessors from its declaration instead of asking the symbol for them; for every
/// shape of property (and those it leaves to the symbol) the answer must be the compiler's.
/// </summary>
public sealed class DeclaredAccessorsTests
{
    private const string Source = """
        namespace Shapes;

        public abstract class Base
        {
            public virtual int Overridden { get; set; }
            public abstract int Abstract { get; }
        }

        public partial class Shapes : Base
        {
            public int Auto { get; set; }
            public int PrivateSet { get; private set; }
            public int Init { get; init; }
            public int GetOnly { get; }
            public int Arrow => 1;
            public int ArrowGet { get => 1; }
            public int SetOnly { set { } }
            public int ProtectedGet { protected get; set; }
            public int Bodies { get { return 1; } set { } }
            public override int Overridden { get => 1; }
            public override int Abstract => 2;
            public static int Static { get; set; }
            public int this[int index] { get => index; set { } }
        }

        public record Positional(int Value, string Name);

        public record struct MutablePositional(int Value);

        public readonly record struct ReadOnlyPositional(int Value);
        """;

    [Fact]
    public void Every_property_has_the_accessors_the_compiler_gives_it()
    {
        var compilation = GeneratorHarness.Compile(Source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var compared = 0;
        foreach (var type in compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type).OfType<INamedTypeSymbol>())
        {
            foreach (var property in type.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsImplicitlyDeclared || p.DeclaringSyntaxReferences.Length > 0))
            {
                var expected = (property.GetMethod is not null, property.SetMethod is not null, property.SetMethod?.IsInitOnly == true);
                Assert.True(expected == DeclaredAccessors.Of(property), $"{type.Name}.{property.Name}: read {DeclaredAccessors.Of(property)}, the compiler has {expected}");
                compared++;
            }
        }

        // Base 2, Shapes 13, the records' positional properties 4.
        Assert.Equal(2 + 13 + 4, compared);
    }
}
