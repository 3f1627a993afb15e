using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;

namespace Lumo.Sandbox.Hosting;

/// <summary>Turns Kestrel's failure to bind (a port in use, or one this user may not bind) into one line.</summary>
internal static class ListenFailure
{
    private const string Hint = "choose another with --port N or LUMO_SANDBOX_PORT (0 picks a free one)";

    public static string? Describe(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case AddressInUseException:
                    return $"{Address(exception)} is already in use; {Hint}.";
                case SocketException { SocketErrorCode: SocketError.AccessDenied }:
                    return $"{Address(exception)} may not be bound by this user (ports below 1024 need privileges); {Hint}.";
                case SocketException { SocketErrorCode: SocketError.AddressNotAvailable }:
                    return $"{Address(exception)} is not an address of this machine; choose another with --host or LUMO_SANDBOX_HOST.";
            }
        }

        return null;
    }

    // Kestrel says "Failed to bind to address http://127.0.0.1:8080: address already in use."
    private static string Address(Exception exception)
    {
        var message = exception.Message;
        var start = message.IndexOf("http", StringComparison.Ordinal);
        if (start < 0)
        {
            return "the address";
        }

        var end = message.IndexOf(": ", start, StringComparison.Ordinal);
        return end < 0 ? message[start..].TrimEnd('.') : message[start..end];
    }
}
