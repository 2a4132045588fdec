using System.Collections.Generic;
using KognitosGen.Recording;

namespace KognitosGen.Emulator;

/// <summary>What a run start meets in a replay: a recorded run, a recorded error answer, or no match (why, and where the closest differs).</summary>
internal sealed record ReplayOutcome(RecordedRun? Run, RecordedError? Error, string? Mismatch, IReadOnlyList<ErrorDetail> Differences);
