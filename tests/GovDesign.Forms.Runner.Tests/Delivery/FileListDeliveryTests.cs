using System.Text.Json.Nodes;
using GovDesign.Forms.Delivery;
using GovDesign.Forms.Delivery.Email;
using GovDesign.Forms.Delivery.Files;
using GovDesign.Forms.Delivery.Webhooks;
using GovDesign.Forms.Storage;
using GovDesign.Tests;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>A file question that took several files (<c>maxFiles</c>): a webhook describes each file in the list, an email attaches each.</summary>
public sealed class FileListDeliveryTests : IDisposable
{
    private readonly TemporaryFolder _folder = new("govdesign-file-list-delivery-");

    public void Dispose() => _folder.Dispose();

    private async Task<(SqliteFormStore Store, string Payload)> SubmittedAsync()
    {
        var store = new SqliteFormStore(_folder.File("forms.db"));
        var first = StoredFile.Create("permit", "s1", "page-1.pdf", "application/pdf", [1, 2]);
        var second = StoredFile.Create("permit", "s1", "page-2.pdf", "application/pdf", [3, 4, 5, 6]);
        await store.SaveFileAsync(first, TestContext.Current.CancellationToken);
        await store.SaveFileAsync(second, TestContext.Current.CancellationToken);
        var payload = new JsonObject
        {
            ["form"] = new JsonObject { ["slug"] = "permit" },
            ["answers"] = new JsonArray(new JsonObject { ["question"] = "documents", ["type"] = "file", ["value"] = new JsonArray(Answer(first), Answer(second)) }),
        };
        return (store, payload.ToJsonString());
    }

    private static JsonObject Answer(StoredFile file) => new()
    {
        ["name"] = file.Name, ["size"] = file.Content.Length, ["contentType"] = file.ContentType, [StoredFile.IdProperty] = file.Id,
    };

    [Fact]
    public async Task WebhookBody_SeveralFiles_EachCarriesItsOwnContentOrNote()
    {
        var (store, payload) = await SubmittedAsync();
        var links = new FileLinks(Options.Create(new DeliveryOptions()), null!, TimeProvider.System);

        var body = await WebhookBody.BuildAsync(payload, store, maxInlineBytes: 3, links, TestContext.Current.CancellationToken);

        var answer = JsonNode.Parse(body)!["answers"]![0]!;
        var files = answer["value"]!.AsArray();
        Assert.Equal([1, 2], Convert.FromBase64String((string)files[0]!["content"]!));
        Assert.Null(files[1]!["content"]);
        Assert.Contains("larger than the 3 bytes sent inline", (string?)files[1]!["note"], StringComparison.Ordinal);
        Assert.Null(answer["content"]);
    }

    [Fact]
    public async Task EmailAttachments_SeveralFiles_AttachesEach()
    {
        var (store, payload) = await SubmittedAsync();
        var builder = new BodyBuilder();

        var left = await EmailAttachments.AddAsync(builder, JsonNode.Parse(payload)!.AsObject(), store, maxBytes: 1024, TestContext.Current.CancellationToken);

        Assert.Empty(left);
        Assert.Equal(["page-1.pdf", "page-2.pdf"], builder.Attachments.Select(a => ((MimePart)a).FileName));
    }
}
