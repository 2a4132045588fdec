namespace KognitosGen.Emulator;

/// <summary>How a scripted output fact name such as "the output total items" is written in <c>outputs[].name</c>.</summary>
public enum OutputNameForm
{
    /// <summary>As scripted: <c>the output total items</c>.</summary>
    AsScripted,

    /// <summary>Without the "the output " prefix: <c>total items</c>.</summary>
    WithoutPrefix,

    /// <summary>Without the prefix, in snake case: <c>total_items</c>, as the documented examples write names (the default).</summary>
    SnakeCase,
}
