using System.Net;
using System.Net.Http.Headers;
using GovDesign.Forms.Delivery.Files;
using GovDesign.Forms.Storage;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GovDesign.Forms.Delivery.Webhooks;

/// <summary>
/// Sends <c>webhook</c> deliveries: a signed POST of the payload. 2xx is delivered; 408, 429, 5xx, timeouts,
/// connection failures and an open circuit are retried; any other status, a refused address or a missing
/// secret is a permanent failure.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, IFormStore store, FileLinks links, IOptions<DeliveryOptions> options, TimeProvider time) : IDeliverySender
{
    /// <summary>The named HttpClient webhooks go through.</summary>
    public const string ClientName = "GovDesign.Forms.Delivery.Webhooks";

    public IReadOnlyList<string> Kinds { get; } = ["webhook"];

    public async Task<DeliveryOutcome> SendAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var destination = DeliveryDestination.Parse(item.Message.Destination);
        if (!Uri.TryCreate((string?)destination["url"], UriKind.Absolute, out var url))
        {
            return DeliveryOutcome.Permanent("no valid address");
        }

        if (AddressPolicy.RefuseUrl(url, settings) is { } refused)
        {
            return DeliveryOutcome.Permanent(refused);
        }

        var secretName = (string?)destination["secret"] ?? "";
        if (!settings.Secrets.TryGetValue(secretName, out var secret) || secret.Length == 0)
        {
            return DeliveryOutcome.Permanent($"the secret \"{secretName}\" is not configured (Delivery:Secrets:{secretName})");
        }

        var body = await WebhookBody.BuildAsync(item.Message.Payload, store, settings.MaxInlineFileBytes, links, cancellationToken);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add("webhook-id", item.Message.Id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(WebhookSignature.Key(secret), item.Message.Id, timestamp, body));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            return Judge(response.StatusCode);
        }
        catch (BrokenCircuitException)
        {
            return DeliveryOutcome.Retry("circuit open");
        }
        catch (TimeoutRejectedException)
        {
            return DeliveryOutcome.Retry("timeout");
        }
        catch (HttpRequestException e) when (IsRefused(e))
        {
            return DeliveryOutcome.Permanent("address refused");
        }
        catch (HttpRequestException e)
        {
            return DeliveryOutcome.Retry($"connection failed ({e.HttpRequestError})");
        }
    }

    internal static DeliveryOutcome Judge(HttpStatusCode status)
    {
        var code = (int)status;
        var text = $"HTTP {code}";
        return code switch
        {
            >= 200 and < 300 => DeliveryOutcome.Sent(text),
            408 or 429 or >= 500 => DeliveryOutcome.Retry(text),
            _ => DeliveryOutcome.Permanent(text),
        };
    }

    private static bool IsRefused(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is RefusedAddressException)
            {
                return true;
            }
        }

        return false;
    }
}
