using System.Collections.Immutable;
using KognitosGen.SourceGenerators.ConsumerPolyfills;
using KognitosGen.SourceGenerators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KognitosGen.SourceGenerators.Tests.ConsumerPolyfills;

/// <summary>
/// The compiler's types for <c>init</c> and <c>required</c> are added where a compilation cannot use them, and only
/// there: not over a hand-written one, not over another library's internal one visible through InternalsVisibleTo,
/// not where the framework has them, not when switched off.
/// </summary>
public sealed class LanguagePolyfillGeneratorTests
{
    private static readonly string[] AllHintNames =
    [
        "KognitosGen.Polyfills.System.Runtime.CompilerServices.IsExternalInit.g.cs",
        "KognitosGen.Polyfills.System.Runtime.CompilerServices.RequiredMemberAttribute.g.cs",
        "KognitosGen.Polyfills.System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute.g.cs",
        "KognitosGen.Polyfills.System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute.g.cs",
    ];

    // What `kognitos scaffold` writes, less the attributes (this compilation has no KognitosGen runtime): a file-scoped
    // namespace, required and init inputs, and a constructor that sets the required members.
    private const string Scaffolded = """
        #nullable enable
        namespace Invoices;

        public sealed partial class ProcessInvoice
        {
            public ProcessInvoice() { }

            [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
            public ProcessInvoice(string number) => InvoiceNumber = number;

            public required string InvoiceNumber { get; init; }
            public decimal Amount { get; init; }
        }

        public static class Use
        {
            public static ProcessInvoice Make() => new ProcessInvoice { InvoiceNumber = "INV-1", Amount = 1m };
        }
        """;

    private static readonly CSharpParseOptions CSharp11 = new(LanguageVersion.CSharp11);

    private static readonly Lazy<MetadataReference> NetStandard = new(() =>
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "References", "netstandard2.0", "netstandard.dll")));

    private static CSharpCompilation NetStandardLibrary(string name, IEnumerable<MetadataReference>? references = null, params string[] sources) =>
        CSharpCompilation.Create(
            name,
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, CSharp11, path: $"{name}{i}.cs")),
            [NetStandard.Value, .. references ?? []],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static (GeneratorDriver Driver, Compilation Output, ImmutableArray<string> HintNames) Run(Compilation compilation, IReadOnlyDictionary<string, string>? msbuild = null)
    {
        var driver = CSharpGeneratorDriver.Create(
                [new LanguagePolyfillGenerator().AsSourceGenerator()],
                parseOptions: CSharp11,
                optionsProvider: GeneratorHarness.CreateOptionsProvider(msbuild ?? new Dictionary<string, string>()),
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return (driver, output, [.. result.GeneratedSources.Select(s => s.HintName)]);
    }

    private static void AssertCompilesCleanly(Compilation output) =>
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

    [Fact]
    public void The_scaffolded_class_fails_on_netstandard_without_them()
    {
        var errors = NetStandardLibrary("Invoices", null, Scaffolded).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToHashSet();

        // The failure the polyfills exist for: IsExternalInit (CS0518) and the required-member attributes (CS0656).
        Assert.Contains("CS0518", errors);
        Assert.Contains("CS0656", errors);
    }

    [Fact]
    public void A_netstandard_library_gets_every_polyfill_and_compiles_the_scaffolded_class_with_warnings_as_errors()
    {
        var (_, output, hintNames) = Run(NetStandardLibrary("Invoices", null, Scaffolded));

        Assert.Equal(AllHintNames.Order(), hintNames.Order());
        AssertCompilesCleanly(output);
        Assert.All(
            output.SyntaxTrees.Where(t => t.FilePath.Contains("Polyfills", StringComparison.Ordinal)),
            tree => Assert.All(tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>(),
                type => Assert.Contains(type.Modifiers, m => m.IsKind(SyntaxKind.InternalKeyword))));
    }

    [Fact]
    public void The_polyfills_compile_as_CSharp_7_3()
    {
        var compilation = NetStandardLibrary("Old", null, "public class Plain { }")
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var old = new CSharpParseOptions(LanguageVersion.CSharp7_3);
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees[0], compilation.SyntaxTrees[0].WithRootAndOptions(compilation.SyntaxTrees[0].GetRoot(), old));

        CSharpGeneratorDriver.Create([new LanguagePolyfillGenerator().AsSourceGenerator()], parseOptions: old)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        Assert.Equal(1 + AllHintNames.Length, output.SyntaxTrees.Count());
        AssertCompilesCleanly(output);
    }

    [Fact]
    public void A_hand_written_polyfill_is_left_alone_and_the_others_are_added()
    {
        const string handWritten = "namespace System.Runtime.CompilerServices { internal static class IsExternalInit { } }";

        var (_, output, hintNames) = Run(NetStandardLibrary("Invoices", null, Scaffolded, handWritten));

        Assert.Equal(AllHintNames.Skip(1).Order(), hintNames.Order());
        AssertCompilesCleanly(output);
    }

    [Fact]
    public void Another_librarys_polyfills_visible_through_InternalsVisibleTo_are_used_not_repeated()
    {
        var shared = Emit(Run(NetStandardLibrary(
            "Shared", null, """[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Invoices")]""", "public class Marker { }")).Output);

        var (_, output, hintNames) = Run(NetStandardLibrary("Invoices", [shared], Scaffolded));

        Assert.Empty(hintNames);
        // Ours beside theirs would be CS0436 (a warning, an error with TreatWarningsAsErrors); theirs alone compiles.
        AssertCompilesCleanly(output);
    }

    [Fact]
    public void Another_librarys_internal_polyfills_without_InternalsVisibleTo_do_not_count()
    {
        var shared = Emit(Run(NetStandardLibrary("Shared", null, "public class Marker { }")).Output);

        var (_, output, hintNames) = Run(NetStandardLibrary("Invoices", [shared], Scaffolded));

        Assert.Equal(AllHintNames.Order(), hintNames.Order());
        AssertCompilesCleanly(output);
    }

    [Fact]
    public void A_framework_that_has_them_gets_none()
    {
        var (_, _, hintNames) = Run(GeneratorHarness.Compile(Scaffolded));

        Assert.Empty(hintNames);
    }

    [Fact]
    public void The_msbuild_switch_turns_them_off()
    {
        var (_, _, hintNames) = Run(NetStandardLibrary("Invoices", null, Scaffolded), new Dictionary<string, string> { ["build_property.KognitosGenPolyfills"] = "False" });

        Assert.Empty(hintNames);
    }

    [Fact]
    public void An_edit_keeps_the_same_missing_list_and_adds_nothing_anew()
    {
        var compilation = NetStandardLibrary("Invoices", null, Scaffolded);
        var (driver, _, _) = Run(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Another { }", CSharp11, path: "Another.cs"));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.MissingPolyfills].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static MetadataReference Emit(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
