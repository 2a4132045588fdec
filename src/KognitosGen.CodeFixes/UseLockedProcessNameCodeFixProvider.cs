using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using KognitosGen.SourceGenerators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace KognitosGen.CodeFixes;

/// <summary>KOG0017: writes the process name the schema lock has for the process ID.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseLockedProcessNameCodeFixProvider)), Shared]
public sealed class UseLockedProcessNameCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ProcessNameDiffersFromLock);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        StringLiteralFix.RegisterAsync(context, "Use the schema lock's name '{0}'", nameof(UseLockedProcessNameCodeFixProvider));
}
