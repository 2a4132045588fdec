using KognitosGen;

namespace KognitosGen.Sample.Processes;

/// <summary>Reads résumés and lists the companies they name.</summary>
[KognitosProcess("to extract company names from resumes", ProcessId = "a1b2c3d4e5f6g7h8i9j0klmn1")]
public sealed partial class ExtractCompanyNames
{
    /// <summary>The résumés to read.</summary>
    [KognitosFile("resumes")] public required IReadOnlyList<KognitosFile> Resumes { get; init; }

    /// <summary>The companies found.</summary>
    [KognitosOutput("the output companies")] public List<string> Companies { get; private set; } = [];

    /// <summary>How many résumés were read.</summary>
    [KognitosOutput("the output resume count")] public int ResumeCount { get; private set; }
}
