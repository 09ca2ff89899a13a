using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;

namespace GovDesign.Forms.Runner.Hosting;

/// <summary>
/// Kestrel's limits for a form service open to the public: idle connections, slow readers and slow
/// senders are let go, so that thousands of them cannot hold the runner's memory. Each can be set in
/// configuration under <c>Kestrel:Limits</c> (appsettings, <c>Kestrel__Limits__KeepAliveTimeout=00:01:30</c>
/// in the environment, or <c>--Kestrel:Limits:MaxConcurrentConnections=5000</c> on the command line).
/// </summary>
public static class PublicServiceLimits
{
    /// <summary>How long a connection may wait for its next request. Behind a load balancer, make it longer than the balancer's idle timeout.</summary>
    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long a client may take to send a request's headers.</summary>
    public static readonly TimeSpan RequestHeadersTimeout = TimeSpan.FromSeconds(15);

    /// <summary>The most connections served at once; more wait in the operating system's queue.</summary>
    public const long MaxConcurrentConnections = 1000;

    /// <summary>The slowest a client may read a response (bytes a second, after a grace period) before the connection is closed.</summary>
    public static readonly MinDataRate MinResponseDataRate = new(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));

    /// <summary>The slowest a client may send a request body (bytes a second, after a grace period).</summary>
    public static readonly MinDataRate MinRequestBodyDataRate = new(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));

    /// <summary>Sets these limits on <paramref name="limits"/>, then whatever <paramref name="configuration"/> says under <c>Kestrel:Limits</c>.</summary>
    /// <param name="limits">Kestrel's limits.</param>
    /// <param name="configuration">The application's configuration.</param>
    public static void Apply(KestrelServerLimits limits, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(configuration);
        limits.KeepAliveTimeout = KeepAliveTimeout;
        limits.RequestHeadersTimeout = RequestHeadersTimeout;
        limits.MaxConcurrentConnections = MaxConcurrentConnections;
        limits.MinResponseDataRate = MinResponseDataRate;
        limits.MinRequestBodyDataRate = MinRequestBodyDataRate;
        configuration.GetSection("Kestrel:Limits").Bind(limits);
    }
}
