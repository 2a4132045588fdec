namespace KognitosGen.RunStart;

/// <summary>
/// A start whose run name carries <see cref="Token"/>: after a failure that may have created the run, the process's
/// runs are searched for the token before the start is sent again.
/// </summary>
internal sealed class RecoveredStart : RunStartMode
{
    public RecoveredStart(string token) => Token = token;

    /// <summary>The token in the run's name (<see cref="RunStartToken"/>).</summary>
    public string Token { get; }
}
