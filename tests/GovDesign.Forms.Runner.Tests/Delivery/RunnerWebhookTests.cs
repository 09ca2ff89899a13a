using System.Text.Json.Nodes;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>A citizen sends a form over real HTTP; the runner's deliverer posts it to a real receiver.</summary>
public sealed class RunnerWebhookTests
{
    private const string Secret = "a-long-random-secret-for-tests";

    [Fact]
    public async Task Submit_FormWithAWebhook_ReceiverGetsTheAnswersInPageOrderWithTheFileInline()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        await using var runner = await DeliveringRunner.StartAsync(
            new JsonObject { ["webhooks"] = new JsonArray(new JsonObject { ["url"] = receiver.Address.ToString(), ["secret"] = "cases" }) },
            ["--Delivery:Secrets:cases=" + Secret]);

        var reference = await runner.SubmitJourneyAsync();
        var received = await WaitForAsync(receiver, 1);

        Assert.True(received.Verified);
        var payload = JsonNode.Parse(received.Body)!;
        Assert.Equal(("form.submitted", 1, reference, "en"), ((string?)payload["type"], (int?)payload["version"], (string?)payload["reference"], (string?)payload["language"]));
        Assert.Equal(DeliveringRunner.Slug, (string?)payload["form"]!["slug"]);
        var answers = payload["answers"]!.AsArray().Select(a => a!).ToList();
        Assert.Equal("applicant-name", (string?)answers[0]["question"]);
        Assert.Equal("What is your name?", (string?)answers[0]["label"]);
        var pages = answers.Select(a => (string)a["page"]!).Distinct().ToList();
        Assert.Equal(["your-name", "date-of-birth", "national-insurance", "contact-details"], pages.Take(4));
        var stall = answers.First(a => (string?)a["question"] == "stall-length");
        Assert.Equal(0, (int?)stall["item"]);
        var file = answers.Single(a => (string?)a["type"] == "file");
        Assert.False(string.IsNullOrEmpty((string?)file["content"]), "The uploaded file was not inline.");
        Assert.NotNull(Convert.FromBase64String((string)file["content"]!));
    }

    [Fact]
    public async Task Submit_WebhookInTheFormAndInConfiguration_IsSentOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Secret);
        await using var runner = await DeliveringRunner.StartAsync(
            new JsonObject { ["webhooks"] = new JsonArray(new JsonObject { ["url"] = receiver.Address.ToString(), ["secret"] = "cases" }) },
            ["--Delivery:Secrets:cases=" + Secret, "--Delivery:Defaults:Webhooks:0:Url=" + receiver.Address, "--Delivery:Defaults:Webhooks:0:Secret=cases"]);

        var reference = await runner.SubmitJourneyAsync();
        var received = await WaitForAsync(receiver, 1);
        // Ten polls of the outbox: a second delivery would have gone by then.
        await Task.Delay(500, TestContext.Current.CancellationToken);

        Assert.Equal(reference, (string?)JsonNode.Parse(received.Body)!["reference"]);
        Assert.Single(receiver.Received);
    }

    internal static async Task<ReceivedWebhook> WaitForAsync(WebhookReceiver receiver, int count)
    {
        for (var i = 0; i < 200 && receiver.Received.Count < count; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.True(receiver.Received.Count >= count, $"The receiver got {receiver.Received.Count} of {count} webhooks within 10 seconds.");
        return receiver.Received.Last();
    }
}
