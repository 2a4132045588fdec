// Starts runs under business keys through a run ledger, one line per outcome on standard output:
//   started <key> <run id> | conflict <key> <existing hash> <hash> | error <key> <exception type> | overhead_us <n>
// Arguments: <base url> <api key> <agent id> <process id> <sqlite|postgresql> <ledger path or connection string>
//            <lease ms> <concurrency> <key:amount,...> [after-claim|after-start]
using System.Collections.Concurrent;
using KognitosGen;
using KognitosGen.Ledger.PostgreSql;
using KognitosGen.Ledger.Sqlite;
using KognitosGen.Ledger.Worker;

if (args.Length < 9)
{
    Console.Error.WriteLine("usage: <base url> <api key> <agent id> <process id> <sqlite|postgresql> <ledger> <lease ms> <concurrency> <key:amount,...> [after-claim|after-start]");
    return 2;
}

var lines = new BlockingCollection<string>();
var writer = Task.Run(() =>
{
    foreach (var line in lines.GetConsumingEnumerable())
        Console.Out.WriteLine(line);
    Console.Out.Flush();
});
IKognitosRunLedger store = args[4] switch
{
    "sqlite" => new KognitosSqliteRunLedger(args[5]),
    "postgresql" => new KognitosPostgreSqlRunLedger(args[5]),
    _ => throw new ArgumentException($"Unknown store '{args[4]}': sqlite or postgresql."),
};
var ledger = new DyingLedger(store, args.Length > 9 ? args[9] : null, lines.Add);
using var client = new KognitosClient(new KognitosClientOptions
{
    BaseUrl = new Uri(args[0]),
    ApiKey = args[1],
    RunLedger = ledger,
    RunLedgerLease = TimeSpan.FromMilliseconds(int.Parse(args[6], System.Globalization.CultureInfo.InvariantCulture)),
    Retry = new KognitosRetryOptions { MaxRetries = 12, BaseDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(400) },
});
var options = (string key) => new KognitosStartOptions { AgentId = args[2], ProcessId = args[3], BusinessKey = key };
var starts = args[8].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split(':')).ToArray();
using var gate = new SemaphoreSlim(int.Parse(args[7], System.Globalization.CultureInfo.InvariantCulture));
await Task.WhenAll(starts.Select(async pair =>
{
    var key = pair[0];
    await gate.WaitAsync();
    try
    {
        var process = new LedgerInvoice { InvoiceNumber = key, Amount = decimal.Parse(pair[1], System.Globalization.CultureInfo.InvariantCulture) };
        var handle = await client.StartAsync(process, options(key));
        lines.Add($"started {key} {handle.RunId}");
    }
    catch (KognitosBusinessKeyConflictException conflict)
    {
        lines.Add($"conflict {conflict.BusinessKey} {conflict.ExistingInputsHash} {conflict.InputsHash}");
    }
    catch (Exception exception)
    {
        lines.Add($"error {key} {exception.GetType().Name} {exception.Message.ReplaceLineEndings(" ")}");
    }
    finally
    {
        gate.Release();
    }
}));
lines.CompleteAdding();
await writer;
if (store is IAsyncDisposable disposable)
    await disposable.DisposeAsync();
return 0;
