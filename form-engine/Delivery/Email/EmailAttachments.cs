using System.Net;
using System.Text.Json.Nodes;
using GovDesign.Forms.Storage;
using MimeKit;

namespace GovDesign.Forms.Delivery.Email;

/// <summary>
/// The uploaded files of a submission as attachments of the team's email, in page order, while their total
/// stays within the limit; the files left out are named in the message with how to get them.
/// </summary>
internal static class EmailAttachments
{
    /// <summary>Attaches what fits; returns the names of the files left out.</summary>
    public static async Task<IReadOnlyList<string>> AddAsync(BodyBuilder body, JsonObject payload, IFormStore store, long maxBytes, CancellationToken cancellationToken)
    {
        var left = new List<string>();
        var total = 0L;
        foreach (var answer in (payload["answers"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if ((string?)answer["type"] != "file")
            {
                continue;
            }

            foreach (var value in StoredFile.In(answer["value"]))
            {
                if ((string?)value[StoredFile.IdProperty] is not { } id)
                {
                    continue;
                }

                var file = await store.GetFileAsync(id, cancellationToken);
                if (file is null || total + file.Content.LongLength > maxBytes)
                {
                    left.Add(file?.Name ?? (string?)value["name"] ?? id);
                    continue;
                }

                total += file.Content.LongLength;
                body.Attachments.Add(file.Name, file.Content, ContentType.TryParse(file.ContentType, out var type) ? type : new ContentType("application", "octet-stream"));
            }
        }

        return left;
    }

    public static string LeftOutText(IReadOnlyList<string> left, string form) =>
        left.Count == 0 ? "" : $"\nNot attached (over the size limit for one email, or no longer held): {string.Join(", ", left)}.\nExport them with: govdesign forms export {form} --files <folder>\n";

    public static string LeftOutHtml(IReadOnlyList<string> left, string form) =>
        left.Count == 0 ? "" : $"<p>Not attached (over the size limit for one email, or no longer held): {WebUtility.HtmlEncode(string.Join(", ", left))}. " +
            $"Export them with: <code>govdesign forms export {WebUtility.HtmlEncode(form)} --files &lt;folder&gt;</code></p>";
}
