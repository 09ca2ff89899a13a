using System.Text.Json.Nodes;
using GovDesign.Forms.Storage;

namespace GovDesign.Forms.Delivery.Webhooks;

/// <summary>
/// A webhook's body: the stored payload with each uploaded file's content added as base64 when the file
/// is within the size limit, or a note saying it was left out and how to get it.
/// </summary>
internal static class WebhookBody
{
    public static async Task<byte[]> BuildAsync(string payload, IFormStore store, long maxInlineBytes, CancellationToken cancellationToken)
    {
        var json = JsonNode.Parse(payload) as JsonObject ?? [];
        foreach (var answer in (json["answers"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if ((string?)answer["type"] != "file" || answer["value"] is not JsonObject value || (string?)value[StoredFile.IdProperty] is not { } id)
            {
                continue;
            }

            var file = await store.GetFileAsync(id, cancellationToken);
            if (file is null)
            {
                answer["note"] = "The file is no longer held by the runner.";
            }
            else if (file.Content.LongLength > maxInlineBytes)
            {
                answer["note"] = $"The file is larger than the {maxInlineBytes:N0} bytes sent inline; export it with: govdesign forms export {json["form"]?["slug"]} --files <folder>.";
            }
            else
            {
                answer["content"] = Convert.ToBase64String(file.Content);
            }
        }

        return System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
    }
}
