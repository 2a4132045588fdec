namespace KognitosGen.SourceGenerators.Tests.Running;

/// <summary>Uploads one file and a list of files, and reads back their names and count.</summary>
[KognitosProcess("to read resumes", AgentId = Ids.Agent, ProcessId = Ids.Files)]
public sealed partial class FileProcess
{
    [KognitosFile("cover letter")] public KognitosFile? Cover { get; init; }
    [KognitosFile("resumes")] public IReadOnlyList<KognitosFile> Resumes { get; init; } = [];

    [KognitosOutput("the output file names")] public List<string> Names { get; private set; } = [];
    [KognitosOutput("the output file count")] public int Count { get; private set; }
}
