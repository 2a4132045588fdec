namespace KognitosGen.RunStart;

/// <summary>
/// A start sent as it is (<see cref="KognitosClientOptions.RunStartRecovery"/> off): sent again only after a failure
/// that says the server did not act, and never looked up.
/// </summary>
internal sealed class PlainStart : RunStartMode
{
    public static readonly PlainStart Instance = new();

    private PlainStart()
    {
    }
}
