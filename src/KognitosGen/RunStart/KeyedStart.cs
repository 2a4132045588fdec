namespace KognitosGen.RunStart;

/// <summary>
/// A start under a caller's business key: the key's run when the process's runs hold one, else a recovered start
/// under the key's token, checked afterwards for a twin started at the same instant.
/// </summary>
internal sealed class KeyedStart : RunStartMode
{
    public KeyedStart(string businessKey)
    {
        BusinessKey = businessKey;
        Token = RunStartToken.ForKey(businessKey);
    }

    public string BusinessKey { get; }

    /// <summary>The key's token, the same for every start of the key (<see cref="RunStartToken.ForKey"/>).</summary>
    public string Token { get; }
}
