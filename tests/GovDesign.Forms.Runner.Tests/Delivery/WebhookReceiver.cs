using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>One request the receiver got, and whether its signature was right.</summary>
public sealed record ReceivedWebhook(string Id, string Timestamp, string Signature, string Body, bool Verified, int AnsweredWith);

/// <summary>
/// A webhook receiver as a service team would write one: an ASP.NET Core app on a loopback port that
/// checks each request's Standard Webhooks signature itself (not with the runner's code) and answers
/// with the statuses a test queues (200 when none), or not at all within a delay.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers = new();
    private readonly byte[] _key;

    private WebhookReceiver(WebApplication app, byte[] key)
    {
        _app = app;
        _key = key;
    }

    public Uri Address { get; private set; } = null!;

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>How long to wait before answering; for timeouts.</summary>
    public TimeSpan Delay { get; set; }

    public static async Task<WebhookReceiver> StartAsync(string secret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, secret.StartsWith("whsec_", StringComparison.Ordinal) ? Convert.FromBase64String(secret[6..]) : Encoding.UTF8.GetBytes(secret));
        app.MapPost("/hooks", (Delegate)receiver.ReceiveAsync);
        await app.StartAsync();
        receiver.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hooks");
        return receiver;
    }

    /// <summary>Answers the next requests with these statuses, in order.</summary>
    public void AnswerWith(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(status);
        }
    }

    private async Task<IResult> ReceiveAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var id = http.Request.Headers["webhook-id"].ToString();
        var timestamp = http.Request.Headers["webhook-timestamp"].ToString();
        var signature = http.Request.Headers["webhook-signature"].ToString();
        var status = _answers.TryDequeue(out var queued) ? queued : 200;
        Received.Enqueue(new ReceivedWebhook(id, timestamp, signature, body, Verify(id, timestamp, signature, body), status));
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        return Results.StatusCode(status);
    }

    /// <summary>The receiver's own check: HMAC-SHA256 over "id.timestamp.body", compared in constant time with each "v1," signature given, and a timestamp within five minutes.</summary>
    private bool Verify(string id, string timestamp, string header, string body)
    {
        if (!long.TryParse(timestamp, out var seconds) || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) > 300)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{body}"));
        return header.Split(' ').Where(s => s.StartsWith("v1,", StringComparison.Ordinal)).Any(s =>
        {
            try
            {
                return CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(s[3..]), expected);
            }
            catch (FormatException)
            {
                return false;
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
