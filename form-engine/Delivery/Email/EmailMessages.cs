using System.Globalization;
using System.Net;
using System.Resources;
using System.Text;
using System.Text.Json.Nodes;
using GovDesign.Forms.Runner;
using GovDesign.Forms.Storage;
using MimeKit;

namespace GovDesign.Forms.Delivery.Email;

/// <summary>
/// The messages email deliveries send: the team's notification (reference and answers, as text and HTML)
/// with the uploaded files attached up to a total size, and the citizen's confirmation (the reference only,
/// in their language, from the runner's resx files). Each message's id is the delivery id, so a repeat after
/// a retry can be recognised.
/// </summary>
internal static class EmailMessages
{
    private static readonly ResourceManager Text = new(typeof(RunnerText));

    public static async Task<MimeMessage> CreateAsync(OutboxItem item, string from, IFormStore store, long maxAttachmentBytes, CancellationToken cancellationToken)
    {
        var destination = DeliveryDestination.Parse(item.Message.Destination);
        var payload = JsonNode.Parse(item.Message.Payload) as JsonObject ?? [];
        var message = new MimeMessage { MessageId = $"{item.Message.Id}@govdesign.forms" };
        message.From.Add(MailboxAddress.Parse(from));
        foreach (var to in (destination["to"] as JsonArray ?? []).Select(a => (string?)a).OfType<string>())
        {
            message.To.Add(MailboxAddress.Parse(to));
        }

        var title = (string?)payload["form"]?["title"] ?? item.FormSlug;
        if (item.Message.Kind == "confirmation")
        {
            var culture = CultureInfo.GetCultureInfo((string?)destination["language"] ?? "en");
            message.Subject = Format("EmailConfirmationSubject", culture, title, item.Reference);
            message.Body = new TextPart("plain") { Text = Format("EmailConfirmationBody", culture, title, item.Reference) };
            return message;
        }

        message.Subject = $"{title}: {item.Reference}";
        var body = new BodyBuilder();
        var left = await EmailAttachments.AddAsync(body, payload, store, maxAttachmentBytes, cancellationToken);
        body.TextBody = TeamText(payload, title, item.Reference) + EmailAttachments.LeftOutText(left, item.FormSlug);
        body.HtmlBody = TeamHtml(payload, title, item.Reference).Replace("</body>", EmailAttachments.LeftOutHtml(left, item.FormSlug) + "</body>", StringComparison.Ordinal);
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Format(string key, CultureInfo culture, params object[] values) =>
        string.Format(culture, Text.GetString(key, culture) ?? key, values);

    private static IEnumerable<(string Label, string Answer)> Answers(JsonObject payload) =>
        (payload["answers"] as JsonArray ?? []).OfType<JsonObject>().Select(a =>
            ((string?)a["label"] + (a["item"] is { } item ? $" ({(int)item + 1})" : ""), (string?)a["text"] ?? ""));

    private static string TeamText(JsonObject payload, string title, string reference)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{title}\nReference: {reference}\nSent: {payload["submittedAt"]}\nLanguage: {payload["language"]}\n");
        foreach (var (label, answer) in Answers(payload))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{label}\n{answer}\n");
        }

        return text.ToString();
    }

    private static string TeamHtml(JsonObject payload, string title, string reference)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html><body><h1>{Encode(title)}</h1><p>Reference: <strong>{Encode(reference)}</strong><br>Sent: {Encode((string?)payload["submittedAt"])}</p><dl>");
        foreach (var (label, answer) in Answers(payload))
        {
            html.Append(CultureInfo.InvariantCulture, $"<dt><strong>{Encode(label)}</strong></dt><dd>{Encode(answer).Replace("\n", "<br>", StringComparison.Ordinal)}</dd>");
        }

        return html.Append("</dl></body></html>").ToString();
    }

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");
}
