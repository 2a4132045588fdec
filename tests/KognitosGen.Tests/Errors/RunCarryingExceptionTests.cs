namespace KognitosGen.Tests.Errors;

/// <summary>"The run as the client last saw it" has one name on every exception that carries one.</summary>
public sealed class RunCarryingExceptionTests
{
    [Fact]
    public void Every_exception_that_carries_a_run_calls_it_Run()
    {
        var carriers = typeof(KognitosClient).Assembly.GetExportedTypes()
            .Where(t => typeof(Exception).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties().Where(p => p.PropertyType == typeof(KognitosRun)).Select(p => $"{t.Name}.{p.Name}"))
            .Order(StringComparer.Ordinal);

        // OtherRun is a second run (the racing twin of a business key), not the one this exception is about.
        Assert.Equal(
            [
                "KognitosBindingException.Run",
                "KognitosDuplicateRunException.OtherRun",
                "KognitosDuplicateRunException.Run",
                "KognitosRunFailedException.Run",
                "KognitosWaitTimeoutException.Run",
            ],
            carriers);
    }
}
