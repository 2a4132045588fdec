using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>One page of runs, newest first; <see cref="NextBeforeSequence"/> is null on the last page.</summary>
internal sealed record RunPage(IReadOnlyList<StoredRun> Items, long? NextBeforeSequence);
