using System;
using System.Collections.Generic;
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

        // Null for a class whose generation a diagnostic stopped. Few steps run per class (each keeps a table entry per
        // class per run); what every class shares is combined first, once.
        var specs = parsed
            .Select(static (result, _) => result.Spec)
            .WithTrackingName(TrackingNames.Specs);
        var allSpecs = specs.Collect();

        var msbuild = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.MsBuildOptions);

        var assembly = context.CompilationProvider
            .Select(static (compilation, _) => AssemblyDefaults.From(compilation))
            .WithTrackingName(TrackingNames.AssemblyDefaults);

        var defaults = msbuild.Combine(assembly)
            .Select(static (pair, _) => ProcessDefaults.Merge(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Defaults);

        // Generated code is C# 9; an older language version gets one clear error instead of broken code, and so does
        // one older than what a class itself uses (C# 11 for required members), naming the version to set.
        var language = context.ParseOptionsProvider
            .Select(static (options, _) => options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Default)
            .WithTrackingName(TrackingNames.LanguageVersion);

        // Almost always None, so it leaves the per-process caching of the emit step alone.
        var clashes = allSpecs.Select(static (all, _) => HintNameClashes.Find(all));
        var settings = defaults.Combine(language).Combine(clashes)
            .Select(static (pair, _) => new EmitSettings(pair.Left.Left, pair.Left.Right >= LanguageVersion.CSharp9, pair.Right));

        context.RegisterSourceOutput(
            specs.Combine(settings).WithTrackingName(TrackingNames.Emit),
            static (production, pair) =>
            {
                if (pair.Left is { } spec && pair.Right.Supported && pair.Right.Clashes.HintNameFor(spec) is { } hintName)
                    Emit(production, spec, pair.Right.Defaults, hintName);
            });
        context.RegisterSourceOutput(allSpecs.Combine(language), static (production, pair) =>
        {
            if (NeedingNewerLanguage(pair.Left, pair.Right) is { } spec)
            {
                production.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.LanguageVersionTooLow, Location.None,
                    spec.TypeName, spec.Language.Version, spec.Language.Reason, pair.Right.ToDisplayString()));
            }
        });

        // Diagnostics travel apart from the model and are turned back into real source locations against the
        // current compilation, so '#pragma warning disable' and editorconfig severities apply to them.
        // One list for every class, gathered from them all at once rather than by a step per class.
        var diagnostics = parsed
            .Collect()
            .Select(static (results, _) => Gather(results))
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

    /// <summary>The process that needs the newest C# above the project's, or null when the project's C# serves them all.</summary>
    private static ProcessSpec? NeedingNewerLanguage(ImmutableArray<ProcessSpec?> specs, LanguageVersion language)
    {
        ProcessSpec? neediest = null;
        foreach (var spec in specs)
        {
            // LanguageVersion numbers C# 11 as 1100.
            if (spec is not null && (int)language < spec.Language.Version * 100 && (neediest is null || spec.Language.Version > neediest.Language.Version))
                neediest = spec;
        }

        return neediest;
    }

    private static EquatableArray<DiagnosticInfo> Gather(ImmutableArray<ParseResult> results)
    {
        List<DiagnosticInfo>? all = null;
        foreach (var result in results)
        {
            for (var i = 0; i < result.Diagnostics.Count; i++)
                (all ??= new List<DiagnosticInfo>()).Add(result.Diagnostics[i]);
        }

        return all is null ? EquatableArray<DiagnosticInfo>.Empty : new EquatableArray<DiagnosticInfo>(all.ToArray());
    }

    private static void Report(SourceProductionContext production, EquatableArray<DiagnosticInfo> diagnostics, Compilation compilation)
    {
        if (diagnostics.IsEmpty)
            return;
        foreach (var info in diagnostics)
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
