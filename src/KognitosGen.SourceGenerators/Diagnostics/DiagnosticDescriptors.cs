using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace KognitosGen.SourceGenerators.Diagnostics;

/// <summary>One descriptor per rule; each links to its page under docs/diagnostics.</summary>
internal static class DiagnosticDescriptors
{
    /// <summary>Where the rules' pages are published: built from the PackageProjectUrl MSBuild property (ProjectUrl.g.cs).</summary>
    public const string HelpLinkBase = ProjectUrl.Value + "/blob/main/docs/diagnostics/";

    private const string Usage = "KognitosGen.Usage";
    private const string Design = "KognitosGen.Design";
    private const string Compatibility = "KognitosGen.Compatibility";
    private const string Security = "KognitosGen.Security";

    /// <summary>The rules that check classes against the schema lock: one category, so one editorconfig line can raise them all.</summary>
    private const string Schema = "KognitosGen.Schema";

    public static readonly DiagnosticDescriptor MissingAgentId = Create(
        DiagnosticIds.MissingAgentId, Usage, DiagnosticSeverity.Error,
        "A Kognitos process needs an agent ID",
        "The process '{0}' of class '{1}' has no agent ID: set AgentId on the class's [KognitosProcess], add [assembly: KognitosDefaults(AgentId = ...)], or set the KognitosAgentId MSBuild property");

    public static readonly DiagnosticDescriptor MissingProcessId = Create(
        DiagnosticIds.MissingProcessId, Usage, DiagnosticSeverity.Error,
        "A Kognitos process needs a process ID",
        "The process '{0}' of class '{1}' has no process ID: set ProcessId on the class's [KognitosProcess]");

    public static readonly DiagnosticDescriptor MalformedId = Create(
        DiagnosticIds.MalformedId, Usage, DiagnosticSeverity.Warning,
        "A Kognitos ID does not have the documented form",
        "The {0} '{1}' is not 1 to 26 characters of letters, digits, '_' and '-', so Kognitos will reject it");

    public static readonly DiagnosticDescriptor NotPartial = Create(
        DiagnosticIds.NotPartial, Usage, DiagnosticSeverity.Error,
        "Kognitos process classes must be partial",
        "'{0}' must be declared partial for KognitosGen to generate the code of the process '{1}'");

    public static readonly DiagnosticDescriptor OutputWithoutPrefix = Create(
        DiagnosticIds.OutputWithoutPrefix, Usage, DiagnosticSeverity.Warning,
        "An output fact should start with \"the output\"",
        "Kognitos returns only facts that start with \"the output\"; '{0}' matches one only through loose matching, name it '{1}'");

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

    public static readonly DiagnosticDescriptor DraftInRelease = Create(
        DiagnosticIds.DraftInRelease, Usage, DiagnosticSeverity.Warning,
        "A process runs its Draft stage in a Release build",
        "The process '{0}' of class '{1}' runs the Draft stage in an optimised (Release) build; production code usually runs Published");

    public static readonly DiagnosticDescriptor LiteralApiKey = Create(
        DiagnosticIds.LiteralApiKey, Security, DiagnosticSeverity.Warning,
        "An API key is written in source code",
        "A Kognitos API key written as a literal ends up in source control and binaries: read it from configuration or the KOGNITOS_API_KEY environment variable");

    public static readonly DiagnosticDescriptor InvalidProcessName = Create(
        DiagnosticIds.InvalidProcessName, Usage, DiagnosticSeverity.Error,
        "A process name must be 1 to 100 characters",
        "The process name of '{0}' is {1}; it names the runs it starts, which Kognitos limits to 1 to 100 characters");

    public static readonly DiagnosticDescriptor UnsupportedDeclaration = Create(
        DiagnosticIds.UnsupportedDeclaration, Design, DiagnosticSeverity.Error,
        "This kind of class cannot be a Kognitos process",
        "'{0}' cannot be a Kognitos process: {1}");

    public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
        DiagnosticIds.LanguageVersionTooLow, Compatibility, DiagnosticSeverity.Error,
        "The project compiles an older C# than its process classes need",
        "'{0}' needs C# {1} ({2}), but this project compiles C# {3}: set <LangVersion>{1}</LangVersion> or later (or latest) in the project file");

    public static readonly DiagnosticDescriptor FactOutsideProcess = Create(
        DiagnosticIds.FactOutsideProcess, Usage, DiagnosticSeverity.Warning,
        "A fact attribute outside a Kognitos process does nothing",
        "Property '{0}' is marked [{1}] but '{2}' has no [KognitosProcess], so nothing reads or sets it");

    public static readonly DiagnosticDescriptor EmptyFactName = Create(
        DiagnosticIds.EmptyFactName, Usage, DiagnosticSeverity.Error,
        "A fact name must not be empty",
        "Property '{0}' names an empty fact; use the fact name from the Kognitos process");

    public static readonly DiagnosticDescriptor ProcessNotInLock = Create(
        DiagnosticIds.ProcessNotInLock, Schema, DiagnosticSeverity.Warning,
        "The schema lock has no process with this ID for the agent",
        "The agent '{0}' has no process '{1}' in {2} (class '{3}'): {4}");

    public static readonly DiagnosticDescriptor ProcessNameDiffersFromLock = Create(
        DiagnosticIds.ProcessNameDiffersFromLock, Schema, DiagnosticSeverity.Warning,
        "The process name differs from the schema lock",
        "The process '{0}' is named '{1}' in {2}, not '{3}'");

    public static readonly DiagnosticDescriptor StageDiffersFromLock = Create(
        DiagnosticIds.StageDiffersFromLock, Schema, DiagnosticSeverity.Warning,
        "The process stage differs from the schema lock",
        "The process '{0}' of class '{1}' runs the {2} stage, but {3} lists the process as {4}");

    public static readonly DiagnosticDescriptor OutputNotInLock = Create(
        DiagnosticIds.OutputNotInLock, Schema, DiagnosticSeverity.Warning,
        "No sampled run returned this output fact",
        "The output fact '{0}' appeared in none of the {1} sampled runs of '{2}' in {3}; {4}");

    public static readonly DiagnosticDescriptor OutputTypeMismatchesLock = Create(
        DiagnosticIds.OutputTypeMismatchesLock, Schema, DiagnosticSeverity.Warning,
        "The property type cannot hold what the schema lock saw for its fact",
        "Property '{0}' of type '{1}' cannot hold every value of '{2}' in {3}: {4}");

    public static readonly DiagnosticDescriptor UnreadableLock = Create(
        DiagnosticIds.UnreadableLock, Schema, DiagnosticSeverity.Warning,
        "The schema lock cannot be read",
        "The schema lock {0} cannot be read at line {1}, member '{2}': {3}; no schema checks run until it is fixed or pulled again");

    public static readonly DiagnosticDescriptor EmptyId = Create(
        DiagnosticIds.EmptyId, Usage, DiagnosticSeverity.Error,
        "An agent or process ID is empty",
        "The {0} of the process '{1}' of class '{2}' is empty: fill in the {0} from Kognitos ('kognitos processes' lists them)");

    public static readonly DiagnosticDescriptor InternalError = Create(
        DiagnosticIds.InternalError, Design, DiagnosticSeverity.Error,
        "KognitosGen failed to generate code",
        "KognitosGen could not generate code for '{0}': {1}. Please report this with the class declaration.");

    /// <summary>Every rule, generator's and analyzers' alike.</summary>
    public static readonly DiagnosticDescriptor[] All =
    {
        MissingAgentId, MissingProcessId, MalformedId, NotPartial, OutputWithoutPrefix, DuplicateFactName, UnsupportedType,
        InaccessibleProperty, DraftInRelease, LiteralApiKey, InvalidProcessName, UnsupportedDeclaration, LanguageVersionTooLow,
        FactOutsideProcess, EmptyFactName, ProcessNotInLock, ProcessNameDiffersFromLock, StageDiffersFromLock, OutputNotInLock,
        OutputTypeMismatchesLock, UnreadableLock, EmptyId, InternalError,
    };

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor ForId(string id) => ById[id];

    private static DiagnosticDescriptor Create(string id, string category, DiagnosticSeverity severity, string title, string message) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
