using System;
using System.Collections.Generic;
using System.Text;

namespace KognitosGen;

/// <summary>One output fact that could not be bound, as listed by <see cref="KognitosBindingException"/>.</summary>
public sealed class KognitosBindingError
{
    /// <summary>The most characters of a value's JSON an error keeps; longer text is cut and ends with "…".</summary>
    internal const int MaxJsonLength = 120;

    private static readonly IReadOnlyList<string> NoCandidates = Array.Empty<string>();

    internal KognitosBindingError(string factName, string expectedType, KognitosBindingErrorKind kind, string? json, IReadOnlyList<string>? candidates)
    {
        FactName = factName ?? throw new ArgumentNullException(nameof(factName));
        ExpectedType = expectedType ?? throw new ArgumentNullException(nameof(expectedType));
        Kind = kind;
        Json = json is null ? null : Cut(json);
        Candidates = candidates ?? NoCandidates;
    }

    /// <summary>The fact name the property is bound to, for example "the output total".</summary>
    public string FactName { get; }

    /// <summary>The property's type as C# spells it, for example "decimal", "List&lt;int&gt;" or "string?".</summary>
    public string ExpectedType { get; }

    /// <summary>Why the fact could not be bound.</summary>
    public KognitosBindingErrorKind Kind { get; }

    /// <summary>
    /// The value's JSON text, cut to 120 characters followed by "…" when longer; null when the fact is
    /// <see cref="KognitosBindingErrorKind.Missing"/> or <see cref="KognitosBindingErrorKind.Ambiguous"/>.
    /// </summary>
    public string? Json { get; }

    /// <summary>
    /// The returned outputs this fact may have meant, by name as the run spelled them. For
    /// <see cref="KognitosBindingErrorKind.Ambiguous"/>, every output that matched. For
    /// <see cref="KognitosBindingErrorKind.Missing"/>, the output nearest to the fact's name by edit distance between
    /// normalised names (several when equally near), among those no other property takes, when one is near enough
    /// (within a third of the name's length); empty when none is. Otherwise empty. The run's every output is in
    /// <see cref="KognitosBindingException.Run"/>.
    /// </summary>
    public IReadOnlyList<string> Candidates { get; }

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append('\'').Append(FactName).Append("' (").Append(ExpectedType).Append(") ");
        switch (Kind)
        {
            case KognitosBindingErrorKind.Missing:
                text.Append("is missing");
                if (Candidates.Count > 0)
                {
                    text.Append("; the run returned ");
                    for (var i = 0; i < Candidates.Count; i++)
                    {
                        if (i > 0)
                            text.Append(i == Candidates.Count - 1 ? " and " : ", ");
                        text.Append('\'').Append(Candidates[i]).Append('\'');
                    }
                }

                break;
            case KognitosBindingErrorKind.Ambiguous:
                text.Append("matches several outputs: ");
                for (var i = 0; i < Candidates.Count; i++)
                {
                    if (i > 0)
                        text.Append(", ");
                    text.Append('"').Append(Candidates[i]).Append('"');
                }

                break;
            default:
                text.Append("could not be read from ").Append(Json ?? "its value");
                break;
        }

        return text.ToString();
    }

    /// <summary>Cuts <paramref name="json"/> to <see cref="MaxJsonLength"/> characters plus "…", never inside a surrogate pair.</summary>
    internal static string Cut(string json)
    {
        if (json.Length <= MaxJsonLength)
            return json;
        var length = char.IsHighSurrogate(json[MaxJsonLength - 1]) ? MaxJsonLength - 1 : MaxJsonLength;
        return json.Substring(0, length) + "…";
    }

    /// <summary>The start of a value's UTF-8 JSON as text, long enough for <see cref="Cut"/> to cut it.</summary>
    internal static string JsonExcerpt(ReadOnlySpan<byte> utf8)
    {
        // UTF-8 has at most 4 bytes per character: a value longer than this decodes to more than is kept anyway.
        const int MaxBytes = 4 * (MaxJsonLength + 1);
        var kept = utf8.Length > MaxBytes ? utf8.Slice(0, MaxBytes) : utf8;
#if NETSTANDARD2_0
        return Encoding.UTF8.GetString(kept.ToArray());
#else
        return Encoding.UTF8.GetString(kept);
#endif
    }
}
