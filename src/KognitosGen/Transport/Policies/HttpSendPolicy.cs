using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace KognitosGen.Transport.Policies;

/// <summary>
/// The last policy: builds the attempt's request, marks it with a fresh <see cref="RequestAttempts"/> for
/// <see cref="KognitosSendOnceHandler"/>, and sends it through the HttpClient and whatever handlers its owner added,
/// returning as soon as the answer's headers arrive.
/// </summary>
internal sealed class HttpSendPolicy : TransportPolicy
{
    private readonly HttpClient _http;
    private readonly TimeProvider _time;

    public HttpSendPolicy(HttpClient http, TimeProvider time)
    {
        _http = http;
        _time = time;
    }

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<TransportPolicy> next)
    {
        var call = message.Call;
        var request = call.CreateRequest();
        message.Request = request;
        message.RequestAttempts = RequestAttempts.AttachTo(request, sendOnce: call.Resend == ResendRule.OnlyIfNotSent, _time);
        message.Response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, message.AttemptCancellation).ConfigureAwait(false);
    }
}
