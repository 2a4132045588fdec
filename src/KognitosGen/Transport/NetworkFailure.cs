using System;
using System.Net.Http;
using System.Net.Sockets;
using System.Security.Authentication;

namespace KognitosGen.Transport;

internal static class NetworkFailure
{
    /// <summary>
    /// True only when the failure proves the request never reached the server (name resolution, connect or
    /// TLS failure), so that even a run start may be sent again.
    /// </summary>
    public static bool ProvesNotSent(Exception exception)
    {
#if NET8_0_OR_GREATER
        if (exception is HttpRequestException { HttpRequestError: var error }
            && error is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
                or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError)
            return true;
#endif
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is AuthenticationException)
                return true;
            if (current is SocketException socket && IsConnectPhase(socket.SocketErrorCode))
                return true;
        }

        return false;
    }

    private static bool IsConnectPhase(SocketError error) => error is SocketError.ConnectionRefused
        or SocketError.HostNotFound or SocketError.HostUnreachable or SocketError.NetworkUnreachable
        or SocketError.TryAgain or SocketError.NoData or SocketError.AddressNotAvailable;
}
