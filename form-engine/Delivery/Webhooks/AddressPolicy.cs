using System.Net;
using System.Net.Sockets;

namespace GovDesign.Forms.Delivery.Webhooks;

/// <summary>
/// Which addresses webhooks may reach, so that a form definition cannot make the runner call the
/// services on its own network: public addresses only, loopback when <see cref="DeliveryOptions.AllowLoopback"/>
/// is set, private and link-local (such as a cloud's metadata service) when <see cref="DeliveryOptions.AllowPrivateNetworks"/> is.
/// Unspecified, multicast, broadcast and reserved addresses are never reached.
/// </summary>
public static class AddressPolicy
{
    /// <summary>Whether a webhook may connect to the address.</summary>
    /// <param name="address">The address a host name resolved to.</param>
    /// <param name="options">The delivery options.</param>
    /// <returns>True when it may.</returns>
    public static bool IsAllowed(IPAddress address, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(options);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (IPAddress.IsLoopback(address))
        {
            return options.AllowLoopback;
        }

        if (IsNeverReached(address))
        {
            return false;
        }

        return !IsPrivateOrLinkLocal(address) || options.AllowPrivateNetworks;
    }

    /// <summary>Whether a URL's scheme and host fit the policy before any connection: https, or http to a loopback host when loopback is allowed.</summary>
    /// <param name="url">The webhook's address.</param>
    /// <param name="options">The delivery options.</param>
    /// <returns>Null when it fits, else why not.</returns>
    public static string? RefuseUrl(Uri url, DeliveryOptions options)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(options);
        if (!url.IsAbsoluteUri || url.UserInfo.Length > 0)
        {
            return "not an absolute address without credentials";
        }

        return url.Scheme switch
        {
            "https" => null,
            "http" when options.AllowLoopback && (url.IsLoopback || (IPAddress.TryParse(url.IdnHost, out var ip) && IPAddress.IsLoopback(ip))) => null,
            "http" => "http is refused: webhooks go over https (http only to loopback when Delivery:AllowLoopback is set)",
            _ => $"the scheme {url.Scheme} is refused",
        };
    }

    private static bool IsNeverReached(IPAddress address)
    {
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6Multicast;
        }

        var b = address.GetAddressBytes();
        return b[0] == 0 || b[0] >= 224;
    }

    private static bool IsPrivateOrLinkLocal(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // fc00::/7 unique local, fe80::/10 link-local, fec0::/10 old site-local.
            var first = address.GetAddressBytes()[0];
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || first == 0xfe;
        }

        var b = address.GetAddressBytes();
        return b[0] == 10
            || (b[0] == 172 && b[1] is >= 16 and <= 31)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 100 && b[1] is >= 64 and <= 127)
            || (b[0] == 192 && b[1] == 0 && b[2] == 0)
            || (b[0] == 198 && b[1] is 18 or 19);
    }
}
