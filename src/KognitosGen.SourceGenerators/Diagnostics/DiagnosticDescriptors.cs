using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace KognitosGen.SourceGenerators.Diagnostics;

/// <summary>One descriptor per rule; each links to its page under docs/diagnostics.</summary>
internal static class DiagnosticDescriptors
{
    public const string HelpLinkBase = "https://github.com/kognitosgen/KognitosGen/blob/main/docs/diagnostics/";

    private const string Usage = "KognitosGen.Usage";
    private const string Design = "KognitosGen.Design";
    private const string Compatibility = "KognitosGen.Compatibility";

    public static readonly DiagnosticDescriptor NotPartial = Create(
        DiagnosticIds.NotPartial, Usage, DiagnosticSeverity.Error,
        "Kognitos process classes must be partial",
        "'{0}' must be declared partial (and so must every type it is nested in) for KognitosGen to generate its code");

    public static readonly DiagnosticDescriptor DuplicateFactName = Create(
        DiagnosticIds.DuplicateFactName, Usage, DiagnosticSeverity.Error,
        "Two facts of a process share a name",
        "The {0} fact '{1}' of property '{2}' has the same normalised name as '{3}' of property '{4}'; a run's values could not be told apart");

    public static readonly DiagnosticDescriptor UnsupportedType = Create(
        DiagnosticIds.UnsupportedType, Usage, DiagnosticSeverity.Error,
        "KognitosGen cannot convert this property type",
        "Property '{0}' has type '{1}', which KognitosGen cannot {2}: {3}");

    public static readonly DiagnosticDescriptor InaccessibleProperty = Create(
        DiagnosticIds.InaccessibleProperty, Usage, DiagnosticSeverity.Error,
        "KognitosGen cannot read or set this property",
        "Property '{0}' {1}");

    public static readonly DiagnosticDescriptor UnsupportedDeclaration = Create(
        DiagnosticIds.UnsupportedDeclaration, Design, DiagnosticSeverity.Error,
        "This kind of class cannot be a Kognitos process",
        "'{0}' cannot be a Kognitos process: {1}");

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
        DiagnosticIds.LanguageVersionTooLow, Compatibility, DiagnosticSeverity.Error,
        "KognitosGen needs C# 9 or later",
        "KognitosGen generates C# 9 code, but this project compiles C# {0}; set <LangVersion>latest</LangVersion> (or 9 or later) in the project file");

    public static readonly DiagnosticDescriptor InternalError = Create(
        DiagnosticIds.InternalError, Design, DiagnosticSeverity.Error,
        "KognitosGen failed to generate code",
        "KognitosGen could not generate code for '{0}': {1}. Please report this with the class declaration.");

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = new()
    {
        [DiagnosticIds.NotPartial] = NotPartial,
        [DiagnosticIds.DuplicateFactName] = DuplicateFactName,
        [DiagnosticIds.UnsupportedType] = UnsupportedType,
        [DiagnosticIds.InaccessibleProperty] = InaccessibleProperty,
        [DiagnosticIds.UnsupportedDeclaration] = UnsupportedDeclaration,
        [DiagnosticIds.LanguageVersionTooLow] = LanguageVersionTooLow,
        [DiagnosticIds.InternalError] = InternalError,
    };

    /// <summary>The descriptors the generator reports.</summary>
    public static IEnumerable<DiagnosticDescriptor> GeneratorDescriptors => ById.Values;

    public static DiagnosticDescriptor ForId(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string message) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
