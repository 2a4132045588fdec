namespace KognitosGen.Emulator;

/// <summary>
/// Which JSON types an input's <c>value</c> may have (kognitos-api-v2.md 3.7: unknown; every documented example is a
/// string), and how a refused value is answered.
/// </summary>
public enum InputValueTypes
{
    /// <summary>Any JSON value: strings, numbers, booleans, objects, arrays and null (the default).</summary>
    AnyJson,

    /// <summary>Strings (and null) only; another type is refused with 400 "Invalid input values", an ErrorModel naming the input.</summary>
    StringsOnly,

    /// <summary>
    /// Strings (and null) only; another type is refused as FastAPI's own validation does: 422 with
    /// <c>{"detail": [{"type": "string_type", "loc": ["body", "inputs", 0, "value"], "msg": ..., "input": ...}]}</c>.
    /// </summary>
    StringsOnlyUnprocessable,
}
