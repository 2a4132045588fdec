using System;
using System.Collections.Immutable;
using System.Linq;
using KognitosGen.SourceGenerators.Diagnostics;
using KognitosGen.SourceGenerators.Emitting;
using KognitosGen.SourceGenerators.Helpers;
using KognitosGen.SourceGenerators.Model;
using KognitosGen.SourceGenerators.Options;
using KognitosGen.SourceGenerators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.SourceGenerators;

/// <summary>
/// Generates, for every <c>[KognitosProcess]</c> partial class, the <c>IKognitosProcess</c> implementation that
/// writes its inputs and binds its outputs without reflection.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class KognitosProcessGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsed = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.ProcessAttribute,
                static (node, _) => node is ClassDeclarationSyntax or RecordDeclarationSyntax,
                ProcessParser.Parse)
            .WithTrackingName(TrackingNames.Parse);

        var specs = parsed
            .Select(static (result, _) => result.Spec)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(TrackingNames.Specs);

        var msbuild = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.MsBuildOptions);

        var assembly = context.CompilationProvider
            .Select(static (compilation, _) => AssemblyDefaults.From(compilation))
            .WithTrackingName(TrackingNames.AssemblyDefaults);

        var defaults = msbuild.Combine(assembly)
            .Select(static (pair, _) => ProcessDefaults.Merge(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Defaults);

        // Generated code is C# 9; an older language version gets one clear error instead of broken code.
        var language = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Default)
            .WithTrackingName(TrackingNames.LanguageVersion);
        var supported = language.Select(static (version, _) => version >= LanguageVersion.CSharp9);

        // Almost always None, so it leaves the per-process caching of the emit step alone.
        var clashes = specs.Collect().Select(static (all, _) => HintNameClashes.Find(all));

        context.RegisterSourceOutput(
            specs.Combine(defaults).Combine(supported).Combine(clashes).WithTrackingName(TrackingNames.Emit),
            static (production, pair) =>
            {
                if (pair.Left.Right && pair.Right.HintNameFor(pair.Left.Left.Left) is { } hintName)
                    Emit(production, pair.Left.Left.Left, pair.Left.Left.Right, hintName);
            });
        context.RegisterSourceOutput(specs.Collect().Combine(language), static (production, pair) =>
        {
            if (!pair.Left.IsEmpty && pair.Right < LanguageVersion.CSharp9)
                production.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LanguageVersionTooLow, Location.None, pair.Right.ToDisplayString()));
        });

        // Diagnostics travel apart from the model and are turned back into real source locations against the
        // current compilation, so '#pragma warning disable' and editorconfig severities apply to them.
        var diagnostics = parsed
            .Select(static (result, _) => result.Diagnostics)
            .Where(static list => !list.IsEmpty)
            .Collect()
            .Combine(context.CompilationProvider)
            .WithTrackingName(TrackingNames.Diagnostics);
        context.RegisterSourceOutput(diagnostics, static (production, pair) => Report(production, pair.Left, pair.Right));
    }

    private static void Emit(SourceProductionContext production, ProcessSpec spec, ProcessDefaults defaults, string hintName)
    {
        if (defaults.Disabled)
            return;
        try
        {
            production.AddSource(hintName, ProcessEmitter.Emit(spec, defaults));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            production.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InternalError, Location.None, spec.TypeName, exception.GetType().Name + ": " + exception.Message));
        }
    }

    private static void Report(SourceProductionContext production, ImmutableArray<EquatableArray<DiagnosticInfo>> lists, Compilation compilation)
    {
        foreach (var info in lists.SelectMany(static list => list))
        {
            production.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.ForId(info.Id), ToLocation(info.Location, compilation), info.Arguments.ToArray<object>()));
        }
    }

    private static Location ToLocation(LocationInfo? info, Compilation compilation)
    {
        if (info is null)
            return Location.None;
        var tree = compilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == info.FilePath);
        return tree is not null && info.Span.End <= tree.Length
            ? Location.Create(tree, info.Span)
            : Location.Create(info.FilePath, info.Span, info.LineSpan);
    }
}
