using System.Reflection;
using KognitosGen.CodeFixes;
using Microsoft.CodeAnalysis.CodeFixes;

namespace KognitosGen.Analyzers.Tests;

/// <summary>
/// Every code fix the package ships batches: a Fix All provider for document, project and solution, which
/// <c>dotnet format analyzers</c> and the IDE's "Fix all" use. (Each fix's own tests run it through Fix All.)
/// </summary>
public sealed class FixAllCatalogTests
{
    public static TheoryData<string> Fixes => [.. Providers().Select(type => type.Name)];

    [Theory]
    [MemberData(nameof(Fixes))]
    public void Each_code_fix_offers_fix_all_in_every_scope(string name)
    {
        var provider = (CodeFixProvider)Activator.CreateInstance(Providers().Single(type => type.Name == name))!;

        var fixAll = provider.GetFixAllProvider();

        Assert.NotNull(fixAll);
        Assert.Superset(new HashSet<FixAllScope> { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution }, fixAll.GetSupportedFixAllScopes().ToHashSet());
        Assert.NotEmpty(provider.FixableDiagnosticIds);
    }

    [Fact]
    public void The_catalog_holds_every_fix() =>
        Assert.Superset(
            new HashSet<string> { nameof(AddPartialCodeFixProvider), nameof(AddMissingIdCodeFixProvider), nameof(PrefixOutputFactCodeFixProvider) },
            Providers().Select(type => type.Name).ToHashSet());

    private static IEnumerable<Type> Providers() =>
        typeof(AddPartialCodeFixProvider).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type) && type.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null);
}
