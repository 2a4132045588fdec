using System.Collections.Immutable;
using KognitosGen.SourceGenerators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KognitosGen.SourceGenerators.Tests;

/// <summary>
/// A fact attribute's name is looked up once per import scope of a compilation and the answer shared between files
/// that bring the same names into scope. Whatever makes the name mean something else for one type (its base type,
/// its file's usings) must keep that type from taking another type's answer, in either order of the files.
/// </summary>
public sealed class ImportScopeSharingTests
{
    private const string Plain = """
        using KognitosGen;

        namespace Shared;

        [KognitosProcess("to keep ours", AgentId = "a", ProcessId = "p")]
        public partial class Plain
        {
            [KognitosOutput("the output plain")] public int Value { get; private set; }
        }
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_base_type_from_a_reference_that_nests_the_name_keeps_its_own_meaning(bool derivedFirst)
    {
        var library = LibraryWith("""
            namespace Library;

            public class Base
            {
                [System.AttributeUsage(System.AttributeTargets.Property)]
                public sealed class KognitosOutputAttribute : System.Attribute
                {
                    public KognitosOutputAttribute(string name) => Name = name;

                    public string Name { get; }
                }
            }
            """);
        const string derived = """
            using KognitosGen;

            namespace Shared;

            [KognitosProcess("to inherit a name", AgentId = "a", ProcessId = "p2")]
            public partial class Derived : Library.Base
            {
                [KognitosOutput("the output nested")] public int Nested { get; private set; }
                [KognitosGen.KognitosOutput("the output ours")] public int Ours { get; private set; }
            }
            """;

        var sources = Run(derivedFirst ? [derived, Plain] : [Plain, derived], library);

        Assert.Contains("""new string[] { "the output plain" }""", sources["Plain"], StringComparison.Ordinal);
        Assert.Contains("""new string[] { "the output ours" }""", sources["Derived"], StringComparison.Ordinal);
        Assert.DoesNotContain("the output nested", sources["Derived"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_source_base_type_or_the_class_itself_nesting_the_name_keeps_its_own_meaning(bool nestingFirst)
    {
        const string nesting = """
            using KognitosGen;

            namespace Shared;

            public class SourceBase
            {
                [System.AttributeUsage(System.AttributeTargets.Property)]
                public sealed class KognitosInputAttribute : System.Attribute
                {
                    public KognitosInputAttribute(string name) => Name = name;

                    public string Name { get; }
                }
            }

            [KognitosProcess("to inherit a source name", AgentId = "a", ProcessId = "p2")]
            public partial class Inheriting : SourceBase
            {
                [KognitosInput("inherited")] public int Inherited { get; init; }
                [KognitosGen.KognitosOutput("the output ours")] public int Ours { get; private set; }
            }

            [KognitosProcess("to nest a name", AgentId = "a", ProcessId = "p3")]
            public partial class Nesting
            {
                [KognitosOutput("the output nested")] public int Nested { get; private set; }
                [KognitosGen.KognitosOutput("the output own")] public int Own { get; private set; }

                [System.AttributeUsage(System.AttributeTargets.Property)]
                public sealed class KognitosOutputAttribute : System.Attribute
                {
                    public KognitosOutputAttribute(string name) => Name = name;

                    public string Name { get; }
                }
            }
            """;

        var sources = Run(nestingFirst ? [nesting, Plain] : [Plain, nesting]);

        Assert.Contains("""new string[] { "the output plain" }""", sources["Plain"], StringComparison.Ordinal);
        Assert.Contains("""new string[] { "the output ours" }""", sources["Inheriting"], StringComparison.Ordinal);
        Assert.DoesNotContain("inherited", sources["Inheriting"], StringComparison.Ordinal);
        Assert.Contains("""new string[] { "the output own" }""", sources["Nesting"], StringComparison.Ordinal);
        Assert.DoesNotContain("the output nested", sources["Nesting"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_file_whose_alias_gives_the_name_another_meaning_does_not_take_the_shared_answer(bool aliasedFirst)
    {
        const string aliased = """
            using KognitosOutput = Other.MarkAttribute;

            namespace Shared;

            [KognitosGen.KognitosProcess("to alias a name", AgentId = "a", ProcessId = "p2")]
            public partial class Aliased
            {
                [KognitosOutput("the output marked")] public int Marked { get; private set; }
                [KognitosGen.KognitosOutput("the output ours")] public int Ours { get; private set; }
            }
            """;
        const string other = """
            namespace Other;

            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class MarkAttribute : System.Attribute
            {
                public MarkAttribute(string name) => Name = name;

                public string Name { get; }
            }
            """;

        var sources = Run(aliasedFirst ? [aliased, Plain, other] : [Plain, aliased, other]);

        Assert.Contains("""new string[] { "the output plain" }""", sources["Plain"], StringComparison.Ordinal);
        Assert.Contains("""new string[] { "the output ours" }""", sources["Aliased"], StringComparison.Ordinal);
        Assert.DoesNotContain("the output marked", sources["Aliased"], StringComparison.Ordinal);
    }

    [Fact]
    public void Files_with_the_same_imports_all_find_their_facts()
    {
        var files = Enumerable.Range(0, 5).Select(i => $$"""
            using KognitosGen;

            namespace Shared;

            [KognitosProcess("to share {{i}}", AgentId = "a", ProcessId = "p{{i}}")]
            public partial class Process{{i}}
            {
                [KognitosInput("input {{i}}")] public string In { get; init; } = "";
                [KognitosOutput("the output {{i}}")] public int Out { get; private set; }
            }
            """).ToArray();

        var sources = Run(files);

        for (var i = 0; i < files.Length; i++)
        {
            Assert.Contains($$"""factNames: new string[] { "input {{i}}" });""", sources[$"Process{i}"], StringComparison.Ordinal);
            Assert.Contains($$"""factNames: new string[] { "the output {{i}}" },""", sources[$"Process{i}"], StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string> Run(string[] sources, params MetadataReference[] references)
    {
        var compilation = GeneratorHarness.Compile(sources).AddReferences(references);
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return output.SyntaxTrees.Skip(sources.Length).ToDictionary(
            tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().First().Identifier.ValueText,
            tree => tree.ToString());
    }

    private static MetadataReference LibraryWith(string source)
    {
        var library = CSharpCompilation.Create(
            "Library",
            [CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions)],
            GeneratorHarness.Compile().References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var image = new MemoryStream();
        var emitted = library.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(ImmutableArray.Create(image.ToArray()));
    }
}
