using System.Globalization;
using System.Text.Json.Nodes;
using MimeKit;

namespace GovDesign.Forms.Runner.Tests.Delivery;

/// <summary>A citizen sends a form in Vietnamese; the team gets the answers and the citizen a confirmation, through a real SMTP server.</summary>
public sealed class RunnerEmailTests
{
    [Fact]
    public async Task Submit_FormWithTeamEmailAndConfirmation_SendsBothAndTheConfirmationInTheCitizensLanguage()
    {
        await using var inbox = await SmtpInbox.StartAsync();
        await using var runner = await DeliveringRunner.StartAsync(
            new JsonObject { ["email"] = new JsonObject { ["to"] = new JsonArray("team@example.gov.uk"), ["confirmationQuestion"] = "email" } },
            ["--Delivery:Smtp:Host=127.0.0.1", "--Delivery:Smtp:Port=" + inbox.Port.ToString(CultureInfo.InvariantCulture), "--Delivery:Smtp:UseTls=false", "--Delivery:Smtp:From=forms@example.gov.uk"]);

        var reference = await runner.SubmitJourneyAsync(language: "vi");
        await inbox.WaitForAsync(2);

        var team = inbox.Messages.Single(m => m.To.Mailboxes.Single().Address == "team@example.gov.uk");
        var citizen = inbox.Messages.Single(m => m.To.Mailboxes.Single().Address != "team@example.gov.uk");
        Assert.EndsWith(reference, team.Subject, StringComparison.Ordinal);
        Assert.Contains("What is your name?", team.TextBody, StringComparison.Ordinal);
        Assert.Contains("số tham chiếu của bạn là " + reference, citizen.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("What is your name?", citizen.TextBody, StringComparison.Ordinal);
        Assert.IsType<MailboxAddress>(citizen.To.Single());
    }
}
