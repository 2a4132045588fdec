namespace KognitosGen.RunStart;

/// <summary>
/// A start under a caller's business key: the key's run when the process's runs hold one, else a recovered start
/// under the key's token, checked afterwards for a twin started at the same instant.
/// </summary>
internal sealed class KeyedStart : RunStartMode
{
    public KeyedStart(string businessKey, KognitosRunReusePolicy reusePolicy = KognitosRunReusePolicy.RejectDuplicate)
    {
        BusinessKey = businessKey;
        ReusePolicy = reusePolicy;
        Token = RunStartToken.ForKey(businessKey);
    }

    public string BusinessKey { get; }

    /// <summary>Whether a ledgered key whose run failed may start again.</summary>
    public KognitosRunReusePolicy ReusePolicy { get; }

    /// <summary>The key's token, the same for every start of the key (<see cref="RunStartToken.ForKey"/>).</summary>
    public string Token { get; }
}
