using KognitosGen.SourceGenerators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KognitosGen.Benchmarks.Generator;

/// <summary>
/// What the keystroke and in-process edit benchmarks transition through, checked by the driver's tracked steps:
/// after an unrelated keystroke every code-emitting output is Cached, and after the edit of one process exactly one
/// is not.
/// </summary>
public static class CachingCheck
{
    // The generator's tracking name for the step that feeds its code-emitting output (TrackingNames.Emit).
    private const string EmitStep = "Emit";

    public sealed record Result(int Processes, int EmitOutputs, int NotCachedAfterKeystroke, int NotCachedAfterEdit)
    {
        public bool KeystrokeReEmitsNothing => EmitOutputs == Processes && NotCachedAfterKeystroke == 0;

        public bool EditReEmitsOne => NotCachedAfterEdit == 1;
    }

    public static Result Run(int processes)
    {
        var compilation = SyntheticCompilation.Create(SyntheticProject.ProcessFiles(processes));
        var primed = SyntheticCompilation.Driver(new KognitosProcessGenerator(), trackSteps: true).RunGenerators(compilation);

        var keystroke = primed.RunGenerators(SyntheticCompilation.Replace(compilation, SyntheticProject.KeystrokePath,
            SyntheticCompilation.Parse(SyntheticProject.KeystrokePath, SyntheticProject.UnrelatedAfterKeystroke)));
        var edit = primed.RunGenerators(SyntheticCompilation.Replace(compilation, SyntheticProject.EditedProcessPath,
            SyntheticCompilation.Parse(SyntheticProject.EditedProcessPath, SyntheticProject.ProcessAfterEdit)));

        var afterKeystroke = EmitOutputReasons(keystroke);
        return new Result(
            processes,
            afterKeystroke.Length,
            afterKeystroke.Count(reason => reason != IncrementalStepRunReason.Cached),
            EmitOutputReasons(edit).Count(reason => reason != IncrementalStepRunReason.Cached));
    }

    private static IncrementalStepRunReason[] EmitOutputReasons(GeneratorDriver driver) =>
        [.. driver.GetRunResult().Results.Single().TrackedOutputSteps
            .SelectMany(pair => pair.Value)
            .Where(step => step.Inputs.Any(input => input.Source.Name == EmitStep))
            .SelectMany(step => step.Outputs)
            .Select(output => output.Reason)];
}
