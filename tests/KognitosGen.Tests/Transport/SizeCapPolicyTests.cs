using System.Net;
using System.Text;
using KognitosGen.Transport;
using KognitosGen.Transport.Policies;
using static KognitosGen.Tests.Transport.PolicyTestSupport;

namespace KognitosGen.Tests.Transport;

/// <summary>The size cap alone: a body within the cap is read whole, a larger one is refused.</summary>
public sealed class SizeCapPolicyTests
{
    [Fact]
    public async Task A_body_within_the_cap_is_read_whole()
    {
        var message = new ApiMessage(Get(), CancellationToken.None);

        await RunAsync(new SizeCapPolicy(64), message, (m, _) =>
        {
            m.Response = Answer(HttpStatusCode.OK, "{\"id\":\"r1\"}");
            return ValueTask.CompletedTask;
        });

        Assert.Equal("{\"id\":\"r1\"}", Encoding.UTF8.GetString(message.Body.Span));
        message.EndAttempt();
    }

    [Fact]
    public async Task A_body_over_the_cap_fails_naming_the_limit_and_the_setting()
    {
        var message = new ApiMessage(Get(), CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(new SizeCapPolicy(8), message, (m, _) =>
            {
                m.Response = Answer(HttpStatusCode.OK, new string('x', 9));
                return ValueTask.CompletedTask;
            }));

        Assert.Equal(KognitosFailureKind.ResponseTooLarge, thrown.Kind);
        Assert.Equal(200, thrown.StatusCode);
        Assert.Contains("larger than the 8-byte limit (KognitosClientOptions.MaxResponseBytes)", thrown.Message, StringComparison.Ordinal);
        message.EndAttempt();
    }
}
