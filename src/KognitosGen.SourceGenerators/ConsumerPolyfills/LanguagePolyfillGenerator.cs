using System;
using KognitosGen.SourceGenerators.Helpers;
using Microsoft.CodeAnalysis;

namespace KognitosGen.SourceGenerators.ConsumerPolyfills;

/// <summary>
/// Adds, as internal source, the compiler-required types that <c>init</c> and <c>required</c> need where the target
/// framework lacks them (netstandard2.0, .NET Framework), so a library of scaffolded process classes builds without a
/// hand-written polyfill. Checked once per compilation; nothing is added where the types are usable already.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LanguagePolyfillGenerator : IIncrementalGenerator
{
    /// <summary>The MSBuild switch: <c>false</c> adds no polyfill (the package's targets set it when PolySharp is used).</summary>
    public const string SwitchProperty = "build_property.KognitosGenPolyfills";

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var enabled = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => !(provider.GlobalOptions.TryGetValue(SwitchProperty, out var value)
                && string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase)));

        // A value-equal list, so the output step re-runs only when what is missing changes, not on every edit.
        var missing = context.CompilationProvider
            .Combine(enabled)
            .Select(static (pair, _) => pair.Right ? MissingPolyfills.In(pair.Left) : EquatableArray<string>.Empty)
            .WithTrackingName(TrackingNames.MissingPolyfills);

        context.RegisterSourceOutput(missing, static (production, names) =>
        {
            foreach (var polyfill in LanguagePolyfill.All)
            {
                if (names.Contains(polyfill.MetadataName))
                    production.AddSource(polyfill.HintName, polyfill.Source);
            }
        });
    }
}
