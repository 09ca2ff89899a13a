using System.Net;
using System.Net.Sockets;
using System.Text;
using GovDesign.Cli.Forms;
using GovDesign.Forms.Runner.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>
/// Behind a TLS proxy the runner's cookies are Secure and <c>__Host-</c>, but only when the proxy is one
/// it was told to trust; Kestrel's limits let idle and slow connections go, and configuration can change them.
/// </summary>
public sealed class ProxyAndLimitsTests
{
    private const string Slug = "add-another";
    private static readonly string Forms = Path.Combine(AppContext.BaseDirectory, "Forms");

    [Fact]
    public async Task TrustedTlsProxy_MakesTheSessionCookieSecureAndHostOnly()
    {
        await using var runner = await LocalFormRunner.StartAsync(Forms, options => options.TrustedProxies.Add("127.0.0.1"), cancellationToken: TestContext.Current.CancellationToken);

        var cookie = await FirstAnswerCookieAsync(runner.Address, forwardedProto: "https");

        Assert.StartsWith($"__Host-govdesign-session-{Slug}=", cookie, StringComparison.Ordinal);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/;", cookie + ";", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UntrustedForwardedProto_IsIgnored()
    {
        await using var runner = await LocalFormRunner.StartAsync(Forms, _ => { }, cancellationToken: TestContext.Current.CancellationToken);

        var cookie = await FirstAnswerCookieAsync(runner.Address, forwardedProto: "https");

        Assert.StartsWith($"govdesign-session-{Slug}=", cookie, StringComparison.Ordinal);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task KestrelLimits_ArePublicServiceDefaults()
    {
        await using var runner = await LocalFormRunner.StartAsync(Forms, _ => { }, cancellationToken: TestContext.Current.CancellationToken);

        var limits = runner.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(PublicServiceLimits.KeepAliveTimeout, limits.KeepAliveTimeout);
        Assert.Equal(PublicServiceLimits.MaxConcurrentConnections, limits.MaxConcurrentConnections);
        Assert.Equal(PublicServiceLimits.RequestHeadersTimeout, limits.RequestHeadersTimeout);
        Assert.Equal(240, limits.MinResponseDataRate?.BytesPerSecond);
    }

    [Fact]
    public async Task IdleConnection_IsClosedAfterTheConfiguredKeepAlive()
    {
        await using var runner = await LocalFormRunner.StartAsync(Forms, _ => { }, ["--Kestrel:Limits:KeepAliveTimeout=00:00:01"], TestContext.Current.CancellationToken);
        using var client = new TcpClient();
        await client.ConnectAsync(runner.Address.Host, runner.Address.Port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /{Slug}/ HTTP/1.1\r\nHost: {runner.Address.Authority}\r\n\r\n"), TestContext.Current.CancellationToken);

        var closedAfter = await ReadUntilClosedAsync(stream, TimeSpan.FromSeconds(20));

        Assert.True(closedAfter < TimeSpan.FromSeconds(10), $"The idle connection was still open after {closedAfter.TotalSeconds:0.0} s.");
    }

    /// <summary>Reads the response and then nothing, as an idle client would; how long until the server closed the connection.</summary>
    private static async Task<TimeSpan> ReadUntilClosedAsync(NetworkStream stream, TimeSpan limit)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(limit);
        var buffer = new byte[64 * 1024];
        try
        {
            while (await stream.ReadAsync(buffer, timeout.Token) > 0)
            {
            }
        }
        catch (OperationCanceledException)
        {
            return limit;
        }
        catch (IOException)
        {
        }

        return started.Elapsed;
    }

    /// <summary>The Set-Cookie of the session after a first answer, sent as if through a proxy that ends TLS.</summary>
    private static async Task<string> FirstAnswerCookieAsync(Uri address, string forwardedProto)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/{Slug}/vehicles/1");
        get.Headers.Add("X-Forwarded-Proto", forwardedProto);
        using var page = await client.SendAsync(get, TestContext.Current.CancellationToken);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var antiforgery = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single();

        using var post = new HttpRequestMessage(HttpMethod.Post, $"/{Slug}/vehicles/1")
        {
            Content = new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token), KeyValuePair.Create("registration", "AB12 CDE")]),
        };
        post.Headers.Add("X-Forwarded-Proto", forwardedProto);
        post.Headers.Add("Cookie", antiforgery);
        using var answered = await client.SendAsync(post, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.SeeOther, answered.StatusCode);
        return answered.Headers.GetValues("Set-Cookie").Single(c => c.Contains("govdesign-session-", StringComparison.Ordinal));
    }
}
