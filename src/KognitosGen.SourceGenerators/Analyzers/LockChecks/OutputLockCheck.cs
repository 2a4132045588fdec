using System.Collections.Immutable;
using KognitosGen.SourceGenerators.Diagnostics;
using KognitosGen.SourceGenerators.Helpers;
using KognitosGen.SourceGenerators.Parsing;
using KognitosGen.SourceGenerators.SchemaLockFormat;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.SourceGenerators.Analyzers.LockChecks;

/// <summary>Checks a process class's outputs against what the lock observed in the process's sampled runs.</summary>
internal static class OutputLockCheck
{
    public static void Run(SymbolAnalysisContext context, INamedTypeSymbol type, KnownSymbols symbols, LockedProcess process, string lockName)
    {
        // No sampled run: nothing was observed, so nothing can be called unseen.
        if (process.RunsSampled == 0 || symbols.Output is null)
            return;
        // Only the properties whose attributes syntax says may be ours: the class's member list is never built.
        foreach (var property in FactPropertyFinder.Find(type, context.CancellationToken))
        {
            foreach (var attribute in property.GetAttributes())
            {
                if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, symbols.Output)
                    || AttributeArguments.PositionalString(attribute) is not { } fact
                    || fact.Trim().Length == 0)
                {
                    continue;
                }

                if (process.FindOutput(fact) is { } output)
                    CheckType(context, property, fact, output, process.RunsSampled, lockName);
                else
                    ReportUnseen(context, attribute, fact, process, lockName);
            }
        }
    }

    private static void ReportUnseen(SymbolAnalysisContext context, AttributeData attribute, string fact, LockedProcess process, string lockName)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken) is not AttributeSyntax syntax)
            return;
        var closest = Closest(fact, process);
        var properties = closest is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(DiagnosticProperties.Replacement, closest.Name);
        var hint = closest is null ? "its sampled runs returned no output facts" : $"the closest observed fact is '{MessageText.Cut(closest.Name)}'";
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.OutputNotInLock, AttributeArguments.PositionalLocation(syntax), properties,
            fact, process.RunsSampled, MessageText.Cut(process.Name), lockName, hint));
    }

    private static void CheckType(SymbolAnalysisContext context, IPropertySymbol property, string fact, LockedOutput output, int runsSampled, string lockName)
    {
        if (KindFit.Problem(property.Type, output, runsSampled) is not { } problem)
            return;
        var location = property.DeclaringSyntaxReferences.Length > 0
            && property.DeclaringSyntaxReferences[0].GetSyntax(context.CancellationToken) is PropertyDeclarationSyntax declaration
            ? declaration.Type.GetLocation()
            : property.Locations[0];
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.OutputTypeMismatchesLock, location,
            property.Name, property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier)),
            fact, lockName, problem));
    }

    /// <summary>The observed fact nearest by edit distance; the first in the lock's (sorted) order on a tie.</summary>
    private static LockedOutput? Closest(string fact, LockedProcess process)
    {
        LockedOutput? best = null;
        var bestDistance = int.MaxValue;
        foreach (var output in process.Outputs)
        {
            var distance = EditDistance.Between(fact, output.Name);
            if (distance < bestDistance)
            {
                best = output;
                bestDistance = distance;
            }
        }

        return best;
    }
}
