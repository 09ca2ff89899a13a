using System.Globalization;
using System.Text.Json.Nodes;
using GovDesign.Forms.Delivery.Files;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Delivery.Webhooks;

/// <summary>
/// A webhook's body: the stored payload with, for each uploaded file, a signed download link (<c>url</c> and
/// <c>urlExpiresAt</c>) when the runner's address is configured, its content as base64 when the file is within
/// the inline limit, and a note saying how to get it when it has neither.
/// </summary>
internal static class WebhookBody
{
    public static async Task<byte[]> BuildAsync(string payload, IFormStore store, long maxInlineBytes, FileLinks links, CancellationToken cancellationToken)
    {
        var json = JsonNode.Parse(payload) as JsonObject ?? [];
        foreach (var answer in (json["answers"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if ((string?)answer["type"] != "file")
            {
                continue;
            }

            // One file is described on its answer; each of several files (maxFiles) on its own entry of the list.
            foreach (var value in StoredFile.In(answer["value"]))
            {
                if ((string?)value[StoredFile.IdProperty] is { } id)
                {
                    await DescribeAsync(answer["value"] is JsonArray ? value : answer, id, json, store, maxInlineBytes, links, cancellationToken);
                }
            }
        }

        return System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
    }

    /// <summary>Adds the file's link, content or note to <paramref name="answer"/>: the file's answer, or its entry in a list of files.</summary>
    private static async Task DescribeAsync(JsonObject answer, string id, JsonObject json, IFormStore store, long maxInlineBytes, FileLinks links, CancellationToken cancellationToken)
    {
        var file = await store.GetFileAsync(id, cancellationToken);
        if (file is null)
        {
            answer["note"] = "The file is no longer held by the runner.";
            return;
        }

        var link = links.Create(file.FormSlug, id);
        if (link is not null)
        {
            answer["url"] = link.Url.ToString();
            answer["urlExpiresAt"] = link.Expires.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        if (file.Content.LongLength <= maxInlineBytes)
        {
            answer["content"] = Convert.ToBase64String(file.Content);
        }
        else if (link is null)
        {
            answer["note"] = $"The file is larger than the {maxInlineBytes:N0} bytes sent inline; export it with: govdesign forms export {json["form"]?["slug"]} --files <folder>.";
        }
    }
}
