using System.Text.Json.Nodes;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Delivery;
using GovDesign.Forms.Storage;
using MimeKit;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>Email deliveries through a real SMTP server in the test: the team's notification, the citizen's confirmation, and failures.</summary>
public sealed class EmailDeliveryTests
{
    private static readonly string Payload = new JsonObject
    {
        ["type"] = "form.submitted",
        ["form"] = new JsonObject { ["slug"] = "form", ["title"] = "Apply for a permit" },
        ["submittedAt"] = "2026-12-07T10:00:00.000Z",
        ["language"] = "cy",
        ["answers"] = new JsonArray(new JsonObject { ["label"] = "What is your name?", ["text"] = "<b>Ada</b> Lovelace" }),
    }.ToJsonString();

    private static DeliveryRig Rig(int port, string? pickup = null) => new(new()
    {
        ["Delivery:Smtp:Host"] = pickup is null ? "127.0.0.1" : null,
        ["Delivery:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Delivery:Smtp:UseTls"] = "false",
        ["Delivery:Smtp:From"] = "forms@example.gov.uk",
        ["Delivery:Smtp:PickupFolder"] = pickup,
    });

    private static Task<Submission> SubmitAsync(DeliveryRig rig, string kind, string to, string language = "en") =>
        rig.Store.SubmitAsync("form", "s1", new() { ["answers"] = new JsonObject(), ["items"] = new JsonObject() }, ReferenceFormat.Default,
            _ => [new OutboxMessage(OutboxMessage.NewId(), kind, DeliveryDestination.Email([to], language), Payload)], TestContext.Current.CancellationToken);

    [Fact]
    public async Task Deliver_TeamEmail_SendsTheReferenceAndAnswersAsTextAndEncodedHtml()
    {
        await using var inbox = await SmtpInbox.StartAsync();
        await using var rig = Rig(inbox.Port);
        var submission = await SubmitAsync(rig, "email", "team@example.gov.uk");

        await rig.DeliverAsync();

        var message = await inbox.WaitForAsync();
        var delivery = await rig.OnlyDeliveryAsync();
        Assert.Equal(DeliveryStatus.Sent, delivery.Status);
        Assert.Equal("team@example.gov.uk", ((MailboxAddress)message.To.Single()).Address);
        Assert.Equal("forms@example.gov.uk", ((MailboxAddress)message.From.Single()).Address);
        Assert.Equal($"Apply for a permit: {submission.Reference}", message.Subject);
        Assert.Equal($"{delivery.Message.Id}@govdesign.forms", message.MessageId);
        Assert.Contains("What is your name?\n<b>Ada</b> Lovelace", message.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Ada&lt;/b&gt; Lovelace", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(submission.Reference, message.HtmlBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Apply for a permit: your reference is ", "Keep this reference number")]
    [InlineData("cy", "Apply for a permit: eich cyfeirnod yw ", "Cadwch y cyfeirnod hwn")]
    [InlineData("vi", "Apply for a permit: số tham chiếu của bạn là ", "Hãy giữ số tham chiếu này")]
    public async Task Deliver_Confirmation_IsInTheCitizensLanguageWithTheirReferenceAndNoAnswers(string language, string subject, string body)
    {
        await using var inbox = await SmtpInbox.StartAsync();
        await using var rig = Rig(inbox.Port);
        var submission = await SubmitAsync(rig, "confirmation", "ada@example.com", language);

        await rig.DeliverAsync();

        var message = await inbox.WaitForAsync();
        Assert.Equal(subject + submission.Reference, message.Subject);
        Assert.Contains(body, message.TextBody, StringComparison.Ordinal);
        Assert.Contains(submission.Reference, message.TextBody, StringComparison.Ordinal);
        Assert.Equal("ada@example.com", ((MailboxAddress)message.To.Single()).Address);
    }

    [Fact]
    public async Task Deliver_ServerRefusesTheMessage_FailsForGood()
    {
        await using var inbox = await SmtpInbox.StartAsync();
        inbox.Refuse = true;
        await using var rig = Rig(inbox.Port);
        await SubmitAsync(rig, "email", "team@example.gov.uk");

        await rig.DeliverAsync();

        var delivery = await rig.OnlyDeliveryAsync();
        Assert.Equal((DeliveryStatus.Failed, "SMTP 550"), (delivery.Status, delivery.LastError));
    }

    [Fact]
    public async Task Deliver_NoServerListening_RetriesLater()
    {
        await using var rig = Rig(SmtpInbox.FreePort());
        await SubmitAsync(rig, "email", "team@example.gov.uk");

        await rig.DeliverAsync();

        var delivery = await rig.OnlyDeliveryAsync();
        Assert.Equal(DeliveryStatus.Pending, delivery.Status);
        Assert.StartsWith("SMTP ", delivery.LastError, StringComparison.Ordinal);
        Assert.True(delivery.NextAttemptAt > rig.Clock.Now);
    }

    [Fact]
    public async Task Deliver_PickupFolder_WritesOneMessageFileNamedByTheDeliveryIdEvenWhenRepeated()
    {
        var folder = Path.Combine(Path.GetTempPath(), "govdesign-pickup-" + Guid.NewGuid().ToString("N"));
        await using var pickupRig = Rig(25, pickup: folder);
        await SubmitAsync(pickupRig, "email", "team@example.gov.uk");

        await pickupRig.DeliverAsync();
        var delivery = await pickupRig.OnlyDeliveryAsync();
        await pickupRig.Store.RetryAsync("form", delivery.Message.Id, pickupRig.Clock.Now, TestContext.Current.CancellationToken);
        await pickupRig.DeliverAsync();

        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.Equal(delivery.Message.Id + ".eml", Path.GetFileName(file));
        Assert.Contains("team@example.gov.uk", (await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken)).To.ToString(), StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }
}
