using System.Collections.Immutable;
using KognitosGen.DocTests.Compiling;
using KognitosGen.DocTests.Markdown;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.DocTests.Running;

/// <summary>Compiles one C# block with what its directive names, then runs it when it is a program or a test.</summary>
public static class DocBlockCheck
{
    public const string Hint =
        "If the block needs context (a variable, a class of another block), say so in a '<!-- doc-test: ... -->' line " +
        "right above the fence (words: see tests/KognitosGen.DocTests/Markdown/DocDirective.cs); if it is not C#, fence it " +
        "as ```text.";

    public static async Task<DocOutcome> CheckAsync(DocBlock block, CancellationToken cancellationToken = default)
    {
        if (block.Directive.NotRun)
            throw new DocBlockException(block, "not-run is for bash blocks; a C# block is always compiled, and one not run says compile-only.");
        if (block.Directive.Diagnostics)
        {
            await DiagnosticExamples.CheckAsync(block, cancellationToken);
            return DocOutcome.CheckedDiagnostics;
        }

        var main = DocSources.Block(block);
        var program = DocSources.HasTopLevelStatements(main);
        var compilation = await DocCompiler.CompileAsync(
            AssemblyName(block), [main, .. DocSources.Dependencies(block)], program, block.Directive.Release, LockFiles(block), cancellationToken);
        var problems = compilation.Errors.Concat(compilation.KognitosDiagnostics).Distinct().ToList();
        if (problems.Count > 0)
            throw new DocBlockException(block, $"does not compile cleanly:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}{Environment.NewLine}{Hint}");

        var test = !program && HasFacts(main);
        if (block.Directive.CompileOnly || (!program && !test))
            return DocOutcome.Compiled;

        var assembly = compilation.Load();
        await using var session = await DocSession.StartAsync();
        session.Enter();
        if (program)
        {
            await DocRunner.RunProgramAsync(block, assembly);
            return DocOutcome.RanProgram;
        }

        if (await DocRunner.RunFactsAsync(block, assembly) == 0)
            throw new DocBlockException(block, "has [Fact] methods, but none of them ran (a test class must be public and non-abstract).");
        return DocOutcome.RanTests;
    }

    /// <summary>The schema lock a directive names (relative to the Contexts folder), as an additional file.</summary>
    public static ImmutableArray<AdditionalText> LockFiles(DocBlock block)
    {
        if (block.Directive.Lock is not { } name)
            return [];
        var path = Path.Combine(DocSources.ContextsFolder, name);
        return File.Exists(path) ? [new FileText(path)] : throw new DocBlockException(block, $"lock={name}, but there is no Contexts/{name}.");
    }

    public static string AssemblyName(DocBlock block) =>
        "Doc_" + string.Concat(block.File.Select(c => char.IsLetterOrDigit(c) ? c : '_')) + "_" + block.Line;

    private static bool HasFacts(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().OfType<AttributeSyntax>().Any(attribute => attribute.Name.ToString() is "Fact" or "FactAttribute" or "Xunit.Fact");
}
