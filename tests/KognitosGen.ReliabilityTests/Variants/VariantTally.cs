using System.Collections.Concurrent;

namespace KognitosGen.ReliabilityTests.Variants;

/// <summary>
/// What one variant's run of the suite saw: operations, wrong outputs, and failures, typed (a KognitosGen
/// exception the check did not expect) or untyped (anything else). Each problem is kept for the assertion message.
/// </summary>
public sealed class VariantTally
{
    private int _operations;
    private int _typedFailures;
    private int _untypedFailures;
    private int _wrongOutputs;

    public ConcurrentQueue<string> Problems { get; } = new();

    public int Operations => _operations;
    public int TypedFailures => _typedFailures;
    public int UntypedFailures => _untypedFailures;
    public int Failures => _typedFailures + _untypedFailures;
    public int WrongOutputs => _wrongOutputs;

    /// <summary>Runs one checked operation; <paramref name="check"/> returns a problem with the outputs, or null.</summary>
    public async Task ObserveAsync(string what, Func<Task<string?>> check)
    {
        Interlocked.Increment(ref _operations);
        try
        {
            if (await check() is { } wrong)
            {
                Interlocked.Increment(ref _wrongOutputs);
                Problems.Enqueue($"{what}: {wrong}");
            }
        }
        catch (Exception exception) when (IsTyped(exception))
        {
            Interlocked.Increment(ref _typedFailures);
            Problems.Enqueue($"{what}: {exception.GetType().Name}: {exception.Message}");
        }
        catch (Exception exception)
        {
            Interlocked.Increment(ref _untypedFailures);
            Problems.Enqueue($"{what}: untyped {exception}");
        }
    }

    private static bool IsTyped(Exception exception) => exception is KognitosApiException or KognitosBindingException
        or KognitosRunFailedException or KognitosWaitTimeoutException;
}
