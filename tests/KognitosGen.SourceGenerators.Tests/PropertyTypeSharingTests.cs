using KognitosGen.SourceGenerators.Parsing;
using KognitosGen.SourceGenerators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.SourceGenerators.Tests;

/// <summary>
/// A fact property's type is bound from its syntax once per import scope and nullable context, and shared between
/// classes. Whatever gives a name another meaning for one class (a nested or inherited type, a type parameter, its
/// file's usings, a nullable context) must keep it from taking another class's answer, whichever class comes first;
/// what the reader gives must be the type the compiler gives the property, nullability included.
/// </summary>
public sealed class PropertyTypeSharingTests
{
    private const string Members = """
            public string? Text { get; set; }
            public string Plain { get; set; } = "";
            public int? Count { get; set; }
            public List<string?>? Names { get; set; }
            public Dictionary<string, List<int?>?> Nested { get; set; } = new();
            public string?[] Items { get; set; } = [];
            public string[]? MaybeItems { get; set; }
            public int[][] Jagged { get; set; } = [];
            public global::System.Uri? Link { get; set; }
            public System.Collections.Generic.IReadOnlyList<Priority?> Priorities { get; set; } = [];
            public Priority Level { get; set; }
            public DateOnly? Day { get; set; }
            public Uri Address { get; set; } = null!;
            public (int, string) Pair { get; set; }
            public dynamic Anything { get; set; } = null!;
        """;

    private static readonly string Enabled = $$"""
        #nullable enable
        using System;
        using System.Collections.Generic;

        namespace Shared;

        public enum Priority { Low, High }

        public partial class Enabled
        {
        {{Members}}
        }
        """;

    private static readonly string Disabled = $$"""
        #nullable disable
        using System;
        using System.Collections.Generic;

        namespace Shared;

        public partial class Disabled
        {
        {{Members}}
        }
        """;

    private static readonly string Shadowing = $$"""
        using System;
        using System.Collections.Generic;

        namespace Shared;

        public partial class Shadowing
        {
            public enum Priority { Nested }

            public sealed class Uri { }
        {{Members}}
        }
        """;

    private static readonly string Inheriting = $$"""
        using System;
        using System.Collections.Generic;

        namespace Shared;

        public class Base
        {
            public enum Priority { Inherited }
        }

        public partial class Inheriting : Base
        {
        {{Members}}
        }
        """;

    private static readonly string OtherImports = """
        using System.Collections.Generic;
        using Other;

        namespace Shared;

        public partial class OtherImports
        {
            public Uri Address { get; set; } = null!;
            public List<Uri?> Addresses { get; set; } = [];
        }
        """;

    private const string OtherNamespace = """
        namespace Other;

        public sealed class Uri { }
        """;

    private const string GenericOuter = """
        using System;

        namespace Shared;

        public partial class Outer<Priority>
        {
            public partial class Inner
            {
                public Priority Level { get; set; } = default!;
                public DateOnly Day { get; set; }
            }
        }
        """;

    private const string Record = """
        using System;

        namespace Shared;

        public partial record Positional(string? Name, DateOnly Day, Uri? Link);
        """;

    public static TheoryData<int> Orders => new() { 0, 1, 2 };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Every_property_gets_the_type_the_compiler_gives_it(int rotation)
    {
        string[] files = [Enabled, Disabled, Shadowing, Inheriting, OtherImports, GenericOuter, Record];
        var ordered = files.Skip(rotation).Concat(files.Take(rotation)).Append(OtherNamespace).ToArray();
        var compilation = GeneratorHarness.Compile(ordered);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var compared = 0;
        foreach (var (property, declaration) in Properties(compilation))
        {
            var reader = new PropertyTypeReader(compilation.GetSemanticModel(declaration.SyntaxTree), new ImportsKeys(ImportScopeNames.For(compilation)));
            var read = reader.TypeOf(property, CancellationToken.None);
            Assert.True(
                SymbolEqualityComparer.IncludeNullability.Equals(read, property.Type) && read.NullableAnnotation == property.Type.NullableAnnotation,
                $"{property.ContainingType.Name}.{property.Name}: read {Display(read)}, the compiler has {Display(property.Type)}");
            compared++;
        }

        // Four classes with every member, two in OtherImports, two in Inner, three in the record.
        Assert.Equal(4 * 15 + 2 + 2 + 3, compared);
    }

    [Fact]
    public void Classes_with_the_same_imports_share_each_type_and_others_do_not()
    {
        const string second = """
            #nullable enable
            using System;
            using System.Collections.Generic;

            namespace Shared;

            public partial class Second
            {
                public DateOnly? Day { get; set; }
                public List<string?>? Names { get; set; }
                public Priority Level { get; set; }
            }
            """;
        var compilation = GeneratorHarness.Compile(Enabled, second, Shadowing);
        ITypeSymbol Read(string type, string property)
        {
            var symbol = (IPropertySymbol)compilation.GetTypeByMetadataName("Shared." + type)!.GetMembers(property).Single();
            var tree = symbol.DeclaringSyntaxReferences[0].SyntaxTree;
            return new PropertyTypeReader(compilation.GetSemanticModel(tree), new ImportsKeys(ImportScopeNames.For(compilation))).TypeOf(symbol, CancellationToken.None);
        }

        Assert.Same(Read("Enabled", "Day"), Read("Second", "Day"));
        Assert.Same(Read("Enabled", "Names"), Read("Second", "Names"));
        Assert.Same(Read("Enabled", "Level"), Read("Second", "Level"));
        Assert.Equal("Shared.Shadowing.Priority", Read("Shadowing", "Level").ToDisplayString());
    }

    private static IEnumerable<(IPropertySymbol Property, TypeDeclarationSyntax Declaration)> Properties(Compilation compilation)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is not INamedTypeSymbol type)
                    continue;
                foreach (var property in type.GetMembers().OfType<IPropertySymbol>())
                {
                    if (property.DeclaringSyntaxReferences is [var reference] && reference.SyntaxTree == tree
                        && declaration.Span.Contains(reference.Span) && reference.GetSyntax() is PropertyDeclarationSyntax or ParameterSyntax)
                    {
                        yield return (property, declaration);
                    }
                }
            }
        }
    }

    private static string Display(ITypeSymbol type) =>
        type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier))
        + " (" + type.NullableAnnotation + ")";
}
