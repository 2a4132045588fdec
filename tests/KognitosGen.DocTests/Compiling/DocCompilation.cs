using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace KognitosGen.DocTests.Compiling;

/// <summary>A doc block compiled with the generator and analyzers: every diagnostic, and the compilation to emit.</summary>
public sealed class DocCompilation(Compilation compilation, ImmutableArray<Diagnostic> diagnostics)
{
    public Compilation Compilation { get; } = compilation;

    /// <summary>The compiler's, the generator's and the analyzers' diagnostics together.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    /// <summary>Diagnostics of KognitosGen's own rules (KOGnnnn), whatever their severity.</summary>
    public IEnumerable<Diagnostic> KognitosDiagnostics =>
        Diagnostics.Where(diagnostic => diagnostic.Id.StartsWith("KOG", StringComparison.Ordinal) && diagnostic.Severity != DiagnosticSeverity.Hidden);

    /// <summary>Emits and loads the assembly (each into its own load context, so blocks may declare the same types).</summary>
    public Assembly Load()
    {
        using var image = new MemoryStream();
        var emitted = Compilation.Emit(image);
        if (!emitted.Success)
            throw new InvalidOperationException("Emit failed: " + string.Join(Environment.NewLine, emitted.Diagnostics));
        return Assembly.Load(image.ToArray());
    }
}
