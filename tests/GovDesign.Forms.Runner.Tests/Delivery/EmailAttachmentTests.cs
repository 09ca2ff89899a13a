using System.Globalization;
using System.Text.Json.Nodes;
using MimeKit;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>The team's email carries the uploaded files, up to a size limit, through a real SMTP server.</summary>
public sealed class EmailAttachmentTests
{
    private static readonly JsonObject TeamEmail = new() { ["email"] = new JsonObject { ["to"] = new JsonArray("team@example.gov.uk") } };

    private static string[] Smtp(SmtpInbox inbox, params string[] more) =>
        ["--Delivery:Smtp:Host=127.0.0.1", "--Delivery:Smtp:Port=" + inbox.Port.ToString(CultureInfo.InvariantCulture), "--Delivery:Smtp:UseTls=false", "--Delivery:Smtp:From=forms@example.gov.uk", .. more];

    [Fact]
    public async Task Submit_TeamEmail_AttachesTheUploadedFileWithItsBytes()
    {
        await using var inbox = await SmtpInbox.StartAsync();
        await using var runner = await DeliveringRunner.StartAsync((JsonObject)TeamEmail.DeepClone(), Smtp(inbox));

        await runner.SubmitJourneyAsync();
        var message = await inbox.WaitForAsync();

        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.Equal("certificate.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType.MimeType);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content, TestContext.Current.CancellationToken);
        Assert.Equal(SampleAnswers.Pdf, content.ToArray());
        Assert.DoesNotContain("Not attached", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_FileOverTheAttachmentLimit_NamesItInsteadOfAttaching()
    {
        await using var inbox = await SmtpInbox.StartAsync();
        await using var runner = await DeliveringRunner.StartAsync((JsonObject)TeamEmail.DeepClone(), Smtp(inbox, "--Delivery:MaxAttachmentBytes=10"));

        await runner.SubmitJourneyAsync();
        var message = await inbox.WaitForAsync();

        Assert.Empty(message.Attachments);
        Assert.Contains("Not attached", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("certificate.pdf", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("certificate.pdf", message.HtmlBody, StringComparison.Ordinal);
    }
}
