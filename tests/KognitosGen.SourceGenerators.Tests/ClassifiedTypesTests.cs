using KognitosGen.SourceGenerators.Parsing;
using KognitosGen.SourceGenerators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace KognitosGen.SourceGenerators.Tests;

/// <summary>
/// A compilation classifies each property type symbol once; the symbol's own equality ignores nullability, so the
/// cache must never hand a nullable type's classification to the same type without its '?' (or the reverse).
/// </summary>
public sealed class ClassifiedTypesTests
{
    [Fact]
    public void A_type_is_classified_once_and_never_confused_with_its_nullable_twin()
    {
        var compilation = GeneratorHarness.Compile("namespace Empty;");
        var classified = ClassifiedTypes.For(compilation);
        var text = compilation.GetSpecialType(SpecialType.System_String);
        var plain = text.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        var annotated = text.WithNullableAnnotation(NullableAnnotation.Annotated);
        Assert.True(SymbolEqualityComparer.Default.Equals(plain, annotated), "the premise: symbols compare equal without their nullability");

        var first = classified.Classify(annotated, hasJsonContext: false, out _);
        var other = classified.Classify(plain, hasJsonContext: false, out _);

        Assert.True(first!.IsNullable);
        Assert.False(other!.IsNullable);
        Assert.Same(first, classified.Classify(annotated, hasJsonContext: false, out _));
        Assert.Same(ClassifiedTypes.For(compilation), classified);
    }

    [Fact]
    public void A_problem_is_given_again_with_the_type_it_was_found_for()
    {
        var compilation = GeneratorHarness.Compile("namespace Empty; public sealed class Payload { }");
        var classified = ClassifiedTypes.For(compilation);
        var payload = compilation.GetTypeByMetadataName("Empty.Payload")!;

        Assert.Null(classified.Classify(payload, hasJsonContext: false, out var problem));
        Assert.Contains("JsonSerializerContext", problem);
        Assert.Null(classified.Classify(payload, hasJsonContext: false, out var again));
        Assert.Equal(problem, again);
        // The same symbol with a JSON context is another key: a user type then.
        Assert.NotNull(classified.Classify(payload, hasJsonContext: true, out _));
    }
}
