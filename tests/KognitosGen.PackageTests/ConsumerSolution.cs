using KognitosGen.Testing;
using System.Reflection;

namespace KognitosGen.PackageTests;

/// <summary>
/// A library of process classes (and an app using it) in a folder of its own, restoring from the packed package and,
/// for everything else (NETStandard.Library, the runtime's dependencies, reference packs), from this build's own
/// package cache: nothing beyond what the repository's restore already brought in, and no network.
/// </summary>
internal sealed class ConsumerSolution
{
    private readonly string _directory;
    private readonly string _cache;

    public ConsumerSolution(string directory, PackedPackage package)
    {
        _directory = directory;
        _cache = typeof(ConsumerSolution).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PackageCache").Value!;
        IsolatedConsumerFolder.Write(directory, package.Feed, _cache);
    }

    /// <summary>The version of a package the repository's restore put in the cache (the one version there).</summary>
    public string CachedVersionOf(string id) =>
        Path.GetFileName(Assert.Single(Directory.GetDirectories(Path.Combine(_cache, id.ToLowerInvariant()))));

    /// <summary>The library: a scaffolded-style process class, warnings as errors, and no polyfill of its own.</summary>
    public void WriteLibrary(string targetFramework, string properties, string packageReferences = "")
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "Invoices")).FullName;
        File.WriteAllText(Path.Combine(folder, "Invoices.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>{targetFramework}</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KognitosGen" Version="0.1.0" />
                {packageReferences}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "ProcessInvoice.cs"), """
            // Scaffolded by `kognitos scaffold` from what the Kognitos API shows of this process. Edit freely: it is your code now.
            #nullable enable

            using KognitosGen;

            namespace Invoices;

            /// <summary>The Kognitos process "to process the invoices".</summary>
            [KognitosProcess("to process the invoices", AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z", ProcessId = "b4fznghynbdemslfd5k044fgd", Stage = KognitosStage.Published)]
            public sealed partial class ProcessInvoice
            {
                [KognitosInput("invoice number")] public required string InvoiceNumber { get; init; }

                [KognitosInput("amount")] public decimal Amount { get; init; }

                /// <summary>Seen as number in 10 of 10 sampled runs, e.g. 1234.56.</summary>
                [KognitosOutput("the output total")]
                public decimal Total { get; private set; }

                /// <summary>Seen as string in 10 of 10 sampled runs, e.g. "ACME".</summary>
                [KognitosOutput("the output vendor")]
                public string? Vendor { get; private set; }
            }
            """);
    }

    /// <summary>A net8.0 app that creates the library's process and uses its generated code, with no network.</summary>
    public void WriteApp()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "App")).FullName;
        File.WriteAllText(Path.Combine(folder, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net8.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <UseAppHost>false</UseAppHost>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Invoices/Invoices.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), """
            using System.Text;
            using System.Text.Json;
            using Invoices;
            using KognitosGen;

            var process = new ProcessInvoice { InvoiceNumber = "INV-7", Amount = 42.5m };
            var descriptor = ProcessInvoice.KognitosDescriptor;
            Console.WriteLine($"{descriptor.ProcessId} {descriptor.Name}");

            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartArray();
                ((IKognitosProcess)process).WriteInputs(writer);
                writer.WriteEndArray();
            }

            Console.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            """);
    }

    /// <summary>Runs dotnet in the solution's folder with a package cache of its own, so restore reads only the two sources.</summary>
    public Task<(int ExitCode, string Output)> DotnetAsync(params string[] arguments) =>
        DotnetCli.RunAsync(_directory, new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(_directory, "packages"),
            // The app targets .NET 8; on a machine with a newer runtime only, it runs on that one.
            ["DOTNET_ROLL_FORWARD"] = "Major",
        }, arguments);
}
