using System.Text.Json.Nodes;
using KognitosGen.Emulator;

namespace KognitosGen.SourceGenerators.Tests.Running;

/// <summary>The emulator scenario the generated code runs against.</summary>
public static class RunningScenario
{
    public const string ApiKey = "running-tests-key";

    private static readonly string[] EchoedFacts =
    [
        "text", "flag", "tiny", "signed tiny", "short", "unsigned short", "int", "unsigned int", "long", "unsigned long",
        "float", "double", "money", "when", "when exactly", "day", "time", "duration", "id", "link", "color", "maybe",
        "numbers", "words", "prices", "counts", "raw", "address", "route",
    ];

    // The outputs are returned under exactly the names scripted here ("Vendor" beside "the output vendor"), not in the
    // emulator's default snake_case form, which would make some of them one name.
    public static EmulatorScenario Build() => new EmulatorScenario()
        .WithVariants(new EmulatorVariants { OutputNames = OutputNameForm.AsScripted })
        .AddApiKey(ApiKey)
        .AddAgent(Ids.Agent, agent => agent
            .AddProcess(Ids.Echo, "to echo every type", configureRun: run =>
            {
                Quick(run);
                foreach (var fact in EchoedFacts)
                    run.WithOutput("the output " + fact, ScenarioOutput.FromInput(fact));
            })
            .AddProcess(Ids.Loose, "to report loosely", configureRun: run => Quick(run)
                .WithOutput("the output count", "42")
                .WithOutput("the output flag", "TRUE")
                .WithOutput("the output amount", " 12.50 ")
                .WithOutput("the output color", "green")
                .WithOutput("Total", 7)
                .WithOutput("output_invoice_number", "INV-1")
                .WithOutput("Vendor", "not this one")
                .WithOutput("the output vendor", "ACME"))
            .AddProcess(Ids.Broken, "to return bad outputs", configureRun: run => Quick(run)
                .WithOutput("the output amount", "abc")
                .WithOutput("twice", 1)
                .WithOutput("Twice", 2)
                .WithOutput("the output fine", "ok"))
            .AddProcess(Ids.Files, "to read resumes", configureRun: run => Quick(run)
                .WithOutput("the output file names", ScenarioOutput.FileNames())
                .WithOutput("the output file count", ScenarioOutput.FileCount()))
            .AddProcess(Ids.Draft, "to try a draft", ProcessStage.Draft, run => Quick(run)
                .WithOutput("the output reply", ScenarioOutput.FromInput("greeting"))));

    private static ScenarioRunPlan Quick(ScenarioRunPlan run)
    {
        run.PendingMs = 5;
        run.RunningMs = 5;
        return run;
    }
}
