using System.Text.Json.Nodes;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Delivery;

/// <summary>The destinations a delivery row names, as JSON, and how logs and the CLI show them.</summary>
public static class DeliveryDestination
{
    /// <summary>A webhook's destination: its address and its secret's name.</summary>
    /// <param name="url">The address.</param>
    /// <param name="secret">The secret's name.</param>
    /// <returns>The destination JSON.</returns>
    public static string Webhook(Uri url, string secret) => new JsonObject { ["url"] = url?.ToString(), ["secret"] = secret }.ToJsonString();

    /// <summary>An email's destination: the addresses, and the language of the message.</summary>
    /// <param name="to">The addresses.</param>
    /// <param name="language">The language.</param>
    /// <returns>The destination JSON.</returns>
    public static string Email(IEnumerable<string> to, string language) =>
        new JsonObject { ["to"] = new JsonArray([.. to.Select(a => (JsonNode)a)]), ["language"] = language }.ToJsonString();

    /// <summary>
    /// The delivery's destination for a log line or a listing: a webhook's scheme, host and path (no query,
    /// which may carry a token), or the kind of email and how many addresses; never a secret nor an answer.
    /// </summary>
    /// <param name="message">The delivery.</param>
    /// <returns>The description.</returns>
    public static string Describe(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var json = Parse(message.Destination);
        return message.Kind switch
        {
            "webhook" when Uri.TryCreate((string?)json["url"], UriKind.Absolute, out var url) => $"webhook {url.GetLeftPart(UriPartial.Path)}",
            "email" => $"email to the team ({(json["to"] as JsonArray)?.Count ?? 0} addresses)",
            "confirmation" => "confirmation email to the citizen",
            _ => message.Kind,
        };
    }

    internal static JsonObject Parse(string destination)
    {
        try
        {
            return JsonNode.Parse(destination) as JsonObject ?? [];
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }
    }
}
