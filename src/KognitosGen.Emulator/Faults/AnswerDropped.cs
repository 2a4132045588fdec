namespace KognitosGen.Emulator;

/// <summary>
/// Set on a request whose answer a fault will drop after it is handled, so a handler that creates something (a run)
/// can record that its caller never heard of it.
/// </summary>
internal sealed class AnswerDropped
{
    public static AnswerDropped Instance { get; } = new();

    private AnswerDropped()
    {
    }
}
