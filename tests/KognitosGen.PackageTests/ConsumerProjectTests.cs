using KognitosGen.Testing;
using KognitosGen.Emulator;

namespace KognitosGen.PackageTests;

/// <summary>
/// A fresh consumer project that installs only the packed KognitosGen package, from a local folder feed and an
/// empty package cache: it builds, its generated code runs against the emulator, and KOG0001 guards its IDs.
/// </summary>
[Collection(nameof(PackedPackageCollection))]
[Trait("Category", "Package")]
public sealed class ConsumerProjectTests(PackedPackage package) : IDisposable
{
    private readonly string _directory = Path.Combine(package.Root, "consumer-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
            Directory.Delete(_directory, recursive: true);
    }

    private void WriteConsumer(string attributeArguments)
    {
        IsolatedConsumerFolder.Write(_directory, package.Feed);
        File.WriteAllText(Path.Combine(_directory, "Consumer.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <NoWarn>$(NoWarn);CS1591</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KognitosGen" Version="0.1.0" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_directory, "Program.cs"), $$"""
            using KognitosGen;

            using var client = new KognitosClient(KognitosClientOptions.FromEnvironment());
            var done = await new ProcessInvoice { InvoiceNumber = "INV-99", Amount = 42.5m }.RunAsync(client);
            Console.WriteLine($"total={done.Process.Total} vendor={done.Process.Vendor} number={done.Process.InvoiceNumber}");

            [KognitosProcess("to process the invoices"{{attributeArguments}})]
            public sealed partial class ProcessInvoice
            {
                [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }
                [KognitosInput("amount")] public decimal Amount { get; init; }
                [KognitosOutput("the output total")] public decimal Total { get; private set; }
                [KognitosOutput("the output vendor")] public string? Vendor { get; private set; }
            }
            """);
    }

    private Dictionary<string, string> Environment(KognitosEmulator? emulator = null)
    {
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_directory, "packages") };
        if (emulator is not null)
        {
            environment["KOGNITOS_BASE_URL"] = emulator.BaseAddress.ToString();
            environment["KOGNITOS_API_KEY"] = "dev-key";
        }

        return environment;
    }

    [Fact]
    public async Task A_consumer_using_only_the_package_builds_and_runs_against_the_emulator()
    {
        WriteConsumer(", AgentId = \"a7xm2kp9qwj3v5nh8t4c6r1e9z\", ProcessId = \"b4fznghynbdemslfd5k044fgd\"");
        await using var emulator = await KognitosEmulator.StartDemoAsync();

        var (exitCode, output) = await DotnetCli.RunAsync(_directory, Environment(emulator), "run", "-c", PackedPackage.Configuration);

        Assert.True(exitCode == 0, output);
        Assert.Contains("total=42.5 vendor=ACME number=INV-99", output);
        Assert.Equal(1, emulator.Counters.RunsCreatedFor("b4fznghynbdemslfd5k044fgd"));
    }

    [Fact]
    public async Task A_missing_agent_id_fails_the_build_with_KOG0001_until_the_msbuild_property_gives_one()
    {
        WriteConsumer(", ProcessId = \"b4fznghynbdemslfd5k044fgd\"");

        var missing = await DotnetCli.RunAsync(_directory, Environment(), "build", "-c", PackedPackage.Configuration);
        var supplied = await DotnetCli.RunAsync(_directory, Environment(), "build", "-c", PackedPackage.Configuration, "-p:KognitosAgentId=a7xm2kp9qwj3v5nh8t4c6r1e9z");

        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("error KOG0001", missing.Output);
        Assert.True(supplied.ExitCode == 0, supplied.Output);
    }

    [Fact]
    public async Task A_compiler_older_than_the_floor_stops_the_build_with_a_clear_error()
    {
        WriteConsumer(", AgentId = \"a7xm2kp9qwj3v5nh8t4c6r1e9z\", ProcessId = \"b4fznghynbdemslfd5k044fgd\"");

        var (exitCode, output) = await DotnetCli.RunAsync(_directory, Environment(), "build", "-c", PackedPackage.Configuration, "-p:CompilerApiVersion=roslyn4.4");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("error KOG0100", output);
        Assert.Contains("Roslyn 4.8 or later", output);
    }

    [Fact]
    public async Task The_off_switch_keeps_the_generator_out_of_the_build()
    {
        WriteConsumer(", AgentId = \"a7xm2kp9qwj3v5nh8t4c6r1e9z\", ProcessId = \"b4fznghynbdemslfd5k044fgd\"");

        var (exitCode, output) = await DotnetCli.RunAsync(_directory, Environment(), "build", "-c", PackedPackage.Configuration, "-p:DisableKognitosGenSourceGenerator=true");

        // Without generated code the class has no RunAsync, which is what proves the generator did not run.
        Assert.NotEqual(0, exitCode);
        Assert.Contains("error CS1061", output);
        Assert.Contains("RunAsync", output);
    }
}
