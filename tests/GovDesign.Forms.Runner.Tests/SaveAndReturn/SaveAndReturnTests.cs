using System.Net;

namespace GovDesign.Forms.Runner.Tests.SaveAndReturn;

/// <summary>
/// Save and return end to end over real HTTP, with the link received by a real SMTP server: save part-way,
/// open the link in another browser, continue, send; and what a used link shows.
/// </summary>
public sealed class SaveAndReturnTests
{
    private const string Address = "citizen@example.com";

    [Fact]
    public async Task SaveThenLink_InAnotherBrowser_RestoresTheAnswersOnce_AndTheFormCanBeSent()
    {
        await using var rig = await SavingRunner.StartAsync();
        using var first = new Citizen(rig.Runner.Address);
        var tradingName = await rig.AnswerUntilAsync(first, await Journeys.StartAsync(first, SavingRunner.Slug), "trading-name");

        var email = await first.SubmitAsync(tradingName, [KeyValuePair.Create("trading-name", "Stall Co"), KeyValuePair.Create("save-and-return", "yes")]);
        Assert.Equal("sam@example.com", email.Document.QuerySelector("input[name=email]")?.GetAttribute("value"));
        var sent = await first.SubmitAsync(email, [KeyValuePair.Create("email", Address)]);
        var (message, link) = await rig.LinkAsync();

        Assert.EndsWith("/save-and-return/sent", sent.Path, StringComparison.Ordinal);
        Assert.Equal("Check your email", sent.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Contains(Address, sent.Document.QuerySelector("main strong")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(Address, message.To.Mailboxes.Single().Address);
        Assert.Equal("Apply for a market trader permit: continue your application", message.Subject);
        Assert.DoesNotContain("Stall Co", message.TextBody, StringComparison.Ordinal);

        using var second = new Citizen(rig.Runner.Address);
        var opened = await second.GetAsync(link.PathAndQuery);
        var openedAgain = await second.GetAsync(link.PathAndQuery);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (opened.Status, openedAgain.Status));
        Assert.Equal("Continue your application", opened.Document.QuerySelector("form[method=post] button")?.TextContent.Trim());

        var resumed = await second.SubmitAsync(opened, []);
        Assert.EndsWith("/goods", resumed.Path, StringComparison.Ordinal);
        var restored = await second.GetAsync($"/{SavingRunner.Slug}/trading-name");
        Assert.Equal("Stall Co", restored.Document.QuerySelector("input[name=trading-name]")?.GetAttribute("value"));

        var check = await Journeys.AnswerUntilCheckAnswersAsync(second, rig.Form, resumed);
        var confirmation = await second.SubmitAsync(check, []);
        Assert.EndsWith("/confirmation", confirmation.Path, StringComparison.Ordinal);

        var reused = await first.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.Gone, reused.Status);
        Assert.Equal("This link has already been used", reused.Document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Save_WithAnAnswerThatIsNotValid_KeepsTheOthers_AndAsksThatQuestionAgain()
    {
        await using var rig = await SavingRunner.StartAsync();
        using var citizen = new Citizen(rig.Runner.Address);
        var birth = await rig.AnswerUntilAsync(citizen, await Journeys.StartAsync(citizen, SavingRunner.Slug), "date-of-birth");

        await SavingRunner.SaveAsync(citizen, birth, [KeyValuePair.Create("date-of-birth-day", "31"), KeyValuePair.Create("date-of-birth-month", "2"), KeyValuePair.Create("date-of-birth-year", "1990")], Address);
        var (_, link) = await rig.LinkAsync();
        using var other = new Citizen(rig.Runner.Address);
        var resumed = await other.SubmitAsync(await other.GetAsync(link.PathAndQuery), []);

        Assert.EndsWith("/date-of-birth", resumed.Path, StringComparison.Ordinal);
        Assert.Null(resumed.Document.QuerySelector(".govuk-error-summary"));
        Assert.Equal("", resumed.Document.QuerySelector("input[name=date-of-birth-day]")?.GetAttribute("value") ?? "");
        var name = await other.GetAsync($"/{SavingRunner.Slug}/your-name");
        Assert.Equal("Sam", name.Document.QuerySelector("input[name=applicant-name-given]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Save_InVietnamese_SendsTheEmailAndTheLinkInVietnamese()
    {
        await using var rig = await SavingRunner.StartAsync();
        using var citizen = new Citizen(rig.Runner.Address);
        var start = await Journeys.StartAsync(citizen, SavingRunner.Slug);
        var name = await citizen.GetAsync(start.Path + "?lang=vi");

        var sent = await SavingRunner.SaveAsync(citizen, name, [], Address);
        var (message, link) = await rig.LinkAsync();
        using var other = new Citizen(rig.Runner.Address);
        var opened = await other.GetAsync(link.PathAndQuery);

        Assert.Equal("Hãy kiểm tra email của bạn", sent.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Xin giấy phép buôn bán ở chợ: tiếp tục đơn của bạn", message.Subject);
        Assert.EndsWith("?lang=vi", link.Query, StringComparison.Ordinal);
        Assert.Equal("vi", opened.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Tiếp tục đơn của bạn", opened.Document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task SaveAgain_FromTheSameJourney_OnlyTheNewestLinkWorks()
    {
        await using var rig = await SavingRunner.StartAsync();
        using var citizen = new Citizen(rig.Runner.Address);
        var first = await Journeys.StartAsync(citizen, SavingRunner.Slug);

        var sent = await SavingRunner.SaveAsync(citizen, first, [], Address);
        var again = await citizen.SubmitAsync(await citizen.GetAsync(sent.Document.QuerySelector("main ul a")!.GetAttribute("href")!), [KeyValuePair.Create("email", "other@example.com")]);
        var (_, older) = await rig.LinkAsync(1);
        var (newer, newest) = await rig.LinkAsync(2);

        Assert.Contains("other@example.com", again.Document.QuerySelector("main strong")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("other@example.com", newer.To.Mailboxes.Single().Address);
        Assert.Equal(HttpStatusCode.Gone, (await citizen.GetAsync(older.PathAndQuery)).Status);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(newest.PathAndQuery)).Status);
    }
}
