using System.Net;
using System.Net.Sockets;

namespace GovDesign.Forms.Delivery.Webhooks;

/// <summary>
/// The webhook client's connect step: resolves the host, keeps only the addresses <see cref="AddressPolicy"/>
/// allows, and connects to one of those. Checking the address actually connected to (not the one resolved
/// when the URL was checked) means a name that resolves to a public address once and a private one the
/// next time (DNS rebinding) still cannot reach the private one.
/// </summary>
internal static class GuardedConnection
{
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Create(DeliveryOptions options) => async (context, cancellationToken) =>
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(a => AddressPolicy.IsAllowed(a, options)).ToArray();
        if (allowed.Length == 0)
        {
            throw new RefusedAddressException(host);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    };
}

/// <summary>A webhook's host resolved only to addresses the runner may not reach.</summary>
internal sealed class RefusedAddressException(string host)
    : IOException($"The webhook host \"{host}\" resolves only to addresses the runner may not reach (loopback, private or link-local); see Delivery:AllowLoopback and Delivery:AllowPrivateNetworks.");
