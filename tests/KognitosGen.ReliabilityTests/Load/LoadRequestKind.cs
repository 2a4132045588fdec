namespace KognitosGen.ReliabilityTests.Load;

/// <summary>The API calls a load client makes; see <see cref="LoadRequests"/> for each one's route and expected status.</summary>
public enum LoadRequestKind
{
    Health,
    ListProcesses,
    CreateRun,
    GetRun,
    ListRuns,
}
