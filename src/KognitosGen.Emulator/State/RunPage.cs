using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>One page of runs in list order; <see cref="NextAfterSequence"/> (its last run's) is null on the last page.</summary>
internal sealed record RunPage(IReadOnlyList<StoredRun> Items, long? NextAfterSequence);
