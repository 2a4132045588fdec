using System.Collections.Generic;
using KognitosGen.SourceGenerators.Model;
using KognitosGen.SourceGenerators.Parsing;
using KognitosGen.SourceGenerators.SchemaLockFormat;
using Microsoft.CodeAnalysis;

namespace KognitosGen.SourceGenerators.Analyzers.LockChecks;

/// <summary>
/// Whether a property type can hold every value the lock saw for its fact. The kinds each type takes follow the
/// runtime's readers (KognitosValueReaders): a string takes numbers and booleans as their text, an enum only names.
/// </summary>
internal static class KindFit
{
    private const OutputKinds Dates = OutputKinds.Date | OutputKinds.DateTime;
    private const OutputKinds Numbers = OutputKinds.Integer | OutputKinds.Number;

    /// <summary>What the type cannot hold, as the end of a message; null when it fits (or its kinds cannot be told).</summary>
    public static string? Problem(ITypeSymbol type, LockedOutput output, int runsSampled)
    {
        // A JSON context may take any shape; the generator reports a type it cannot convert at all.
        var spec = TypeClassifier.Classify(type, hasJsonContext: true, out _);
        if (spec is null || spec.Kind is ValueKind.User)
            return null;

        var problems = new List<string>(2);
        var cannotHold = output.Kinds & ~OutputKinds.Null & ~Accepted(spec.Kind);
        if (cannotHold != OutputKinds.None)
            problems.Add($"the lock saw it as {OutputKindNames.Format(cannotHold)}");

        // Unannotated reference types (nullable context off) say nothing about null: not a mismatch to report.
        var holdsNull = spec.IsNullable || spec.Kind is ValueKind.JsonElement
            || (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.None);
        if (!holdsNull && (output.Kinds & OutputKinds.Null) != 0)
            problems.Add("it was null in sampled runs and the type is not nullable");
        else if (!holdsNull && output.Seen < runsSampled)
            problems.Add($"it was missing from {runsSampled - output.Seen} of the {runsSampled} sampled runs and the type is not nullable");
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static OutputKinds Accepted(ValueKind kind) => kind switch
    {
        ValueKind.String => OutputKinds.String | Dates | Numbers | OutputKinds.Boolean,
        ValueKind.Boolean => OutputKinds.Boolean,
        ValueKind.Byte or ValueKind.SByte or ValueKind.Int16 or ValueKind.UInt16 or ValueKind.Int32
            or ValueKind.UInt32 or ValueKind.Int64 or ValueKind.UInt64 => OutputKinds.Integer,
        ValueKind.Single or ValueKind.Double or ValueKind.Decimal => Numbers,
        ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.DateOnly => Dates,
        ValueKind.Uri => OutputKinds.String | Dates,
        ValueKind.TimeOnly or ValueKind.TimeSpan or ValueKind.Guid or ValueKind.Enum => OutputKinds.String,
        ValueKind.Collection => OutputKinds.Array,
        ValueKind.Dictionary => OutputKinds.Object,
        _ => ~OutputKinds.None,
    };
}
