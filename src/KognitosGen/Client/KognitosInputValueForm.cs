namespace KognitosGen;

/// <summary>
/// How run input values are written in <c>POST /v2/runs</c>. The docs leave the allowed JSON types of an input's
/// <c>value</c> open (every documented example is a string).
/// </summary>
public enum KognitosInputValueForm
{
    /// <summary>Each value in its natural JSON type: numbers as numbers, booleans as <c>true</c>/<c>false</c> (the default).</summary>
    Json,

    /// <summary>
    /// Every value as its invariant string form, for a server that takes strings only: a number as its JSON text
    /// (<c>1.25</c>, <c>42</c>, <c>1E+20</c>: invariant culture, no grouping), a boolean as <c>"true"</c> or
    /// <c>"false"</c>, an object or array as its compact JSON text. Strings stay as they are, so dates, times, GUIDs
    /// and enums keep the forms the writers give them (ISO 8601, <c>"D"</c>, the member's name); null stays null.
    /// </summary>
    Strings,
}
