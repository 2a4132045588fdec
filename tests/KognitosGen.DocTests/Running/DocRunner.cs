using System.Reflection;
using KognitosGen.DocTests.Markdown;

namespace KognitosGen.DocTests.Running;

/// <summary>Runs a compiled block: a program's top-level statements, or a test class's [Fact] methods as xunit would.</summary>
public static class DocRunner
{
    /// <summary>How long a block may run before it fails (everything runs on the emulator in milliseconds).</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(1);

    public static async Task RunProgramAsync(DocBlock block, Assembly assembly)
    {
        var entry = assembly.EntryPoint ?? throw new DocBlockException(block, "compiled as a program but has no entry point.");
        var result = await InvokeAsync(block, entry, null, entry.GetParameters().Length == 1 ? [Array.Empty<string>()] : []);
        if (result is int exitCode and not 0)
            throw new DocBlockException(block, $"the program exited with {exitCode}.");
    }

    /// <summary>Runs every [Fact] of every test class, with its IClassFixture fixtures built and disposed as xunit does.</summary>
    /// <returns>How many facts ran.</returns>
    public static async Task<int> RunFactsAsync(DocBlock block, Assembly assembly)
    {
        var ran = 0;
        foreach (var type in assembly.GetTypes().Where(type => type is { IsClass: true, IsAbstract: false }))
        {
            var facts = type.GetMethods().Where(method => method.GetCustomAttribute<FactAttribute>() is { Skip: null }).ToList();
            if (facts.Count == 0)
                continue;
            if (facts.Any(fact => fact.GetCustomAttribute<TheoryAttribute>() is not null))
                throw new DocBlockException(block, $"{type.Name} has a [Theory]; the harness runs [Fact]s only.");
            var constructor = type.GetConstructors().Single();
            var fixtures = new List<object>();
            foreach (var parameter in constructor.GetParameters())
                fixtures.Add(await CreateFixtureAsync(block, type, parameter.ParameterType));
            try
            {
                foreach (var fact in facts)
                {
                    var instance = constructor.Invoke([.. fixtures]);
                    try
                    {
                        await InvokeAsync(block, fact, instance, []);
                        ran++;
                    }
                    finally
                    {
                        await DisposeAsync(instance);
                    }
                }
            }
            finally
            {
                foreach (var fixture in fixtures)
                    await DisposeAsync(fixture);
            }
        }

        return ran;
    }

    private static async Task<object> CreateFixtureAsync(DocBlock block, Type test, Type fixtureType)
    {
        if (!typeof(IClassFixture<>).MakeGenericType(fixtureType).IsAssignableFrom(test))
            throw new DocBlockException(block, $"{test.Name} takes a {fixtureType.Name} but is not an IClassFixture<{fixtureType.Name}>.");
        var fixture = Activator.CreateInstance(fixtureType)!;
        if (fixture is IAsyncLifetime lifetime)
            await lifetime.InitializeAsync();
        return fixture;
    }

    private static async Task DisposeAsync(object instance)
    {
        if (instance is IAsyncLifetime lifetime)
            await lifetime.DisposeAsync();
        else if (instance is IAsyncDisposable asyncDisposable)
            await asyncDisposable.DisposeAsync();
        else if (instance is IDisposable disposable)
            disposable.Dispose();
    }

    private static async Task<object?> InvokeAsync(DocBlock block, MethodInfo method, object? target, object?[] arguments)
    {
        object? result;
        try
        {
            result = method.Invoke(target, arguments);
            if (result is Task task)
            {
                await task.WaitAsync(Limit);
                result = task.GetType().IsGenericType ? task.GetType().GetProperty("Result")!.GetValue(task) : null;
            }
        }
        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
        {
            throw new DocBlockException(block, $"{method.Name} threw {invocation.InnerException.GetType().Name}: {invocation.InnerException.Message}", invocation.InnerException);
        }
        catch (TimeoutException timeout)
        {
            throw new DocBlockException(block, $"{method.Name} did not finish within {Limit}.", timeout);
        }
        catch (Exception exception) when (exception is not DocBlockException)
        {
            throw new DocBlockException(block, $"{method.Name} threw {exception.GetType().Name}: {exception.Message}", exception);
        }

        return result;
    }
}
