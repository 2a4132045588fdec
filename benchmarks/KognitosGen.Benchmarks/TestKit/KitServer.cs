using KognitosGen.Benchmarks.Runtime;
using KognitosGen.Testing;

namespace KognitosGen.Benchmarks.TestKit;

/// <summary>The typed test's server written with KognitosGen.Testing: the kit's server, the process scripted to succeed at once.</summary>
public static class KitServer
{
    public static async Task<KognitosTestServer> StartAsync()
    {
        var kognitos = await KognitosTestServer.StartAsync().ConfigureAwait(false);
        kognitos.Process<InvoiceReview>().Returns(InvoiceReviewRun.Outputs()).Taking(TimeSpan.Zero);
        return kognitos;
    }
}
