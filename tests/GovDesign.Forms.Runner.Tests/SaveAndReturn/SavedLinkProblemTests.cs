using System.Net;
using AngleSharp.Dom;

namespace GovDesign.Forms.Runner.Tests.SaveAndReturn;

/// <summary>Links that do not work (expired, forged) and requests the runner refuses (too many, mail server down) each get a clear page and a 4xx or 503, never a 500.</summary>
public sealed class SavedLinkProblemTests
{
    private const string Address = "citizen@example.com";

    [Fact]
    public async Task ExpiredLink_OpenedOrContinued_Is410AndSaysToStartAgain()
    {
        await using var rig = await SavingRunner.StartAsync(["--FormRunner:SaveAndReturn:LinkLifetime=00:00:05"]);
        using var citizen = new Citizen(rig.Runner.Address);
        await SavingRunner.SaveAsync(citizen, await Journeys.StartAsync(citizen, SavingRunner.Slug), [], Address);
        var (_, link) = await rig.LinkAsync();
        using var other = new Citizen(rig.Runner.Address);
        var opened = await other.GetAsync(link.PathAndQuery);

        await Task.Delay(TimeSpan.FromSeconds(5.5), TestContext.Current.CancellationToken);
        var continued = await other.SubmitAsync(opened, []);
        var reopened = await other.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, opened.Status);
        Assert.Equal((HttpStatusCode.Gone, HttpStatusCode.Gone), (continued.Status, reopened.Status));
        Assert.Equal("This link has expired", continued.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal($"/{SavingRunner.Slug}/", reopened.Document.QuerySelector("main p a")?.GetAttribute("href"));
        Assert.DoesNotContain(other.Cookies.GetCookies(rig.Runner.Address), c => c.Name.StartsWith("govdesign-session", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.")]
    public async Task ForgedLink_Is404AndSaysTheLinkDoesNotWork(string token)
    {
        await using var rig = await SavingRunner.StartAsync();
        using var citizen = new Citizen(rig.Runner.Address);

        var page = await citizen.GetAsync($"/{SavingRunner.Slug}/save-and-return/{token}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("This link does not work", page.Document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task ForgedLink_Posted_Is404_AndLeavesTheCitizensJourneyAsItWas()
    {
        await using var rig = await SavingRunner.StartAsync();
        using var citizen = new Citizen(rig.Runner.Address);
        var name = await Journeys.StartAsync(citizen, SavingRunner.Slug);
        var birth = await citizen.SubmitAsync(name, rig.Form.FindPage("your-name")!.Questions.SelectMany(q => SampleAnswers.For(q)));
        await SavingRunner.SaveAsync(citizen, birth, [], Address);
        var (_, link) = await rig.LinkAsync();
        var opened = await citizen.GetAsync(link.PathAndQuery);

        var forged = await citizen.PostAsync($"/{SavingRunner.Slug}/save-and-return/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            opened.PostForm().QuerySelectorAll<AngleSharp.Html.Dom.IHtmlInputElement>("input[type=hidden]").Select(i => KeyValuePair.Create(i.Name!, i.Value)));
        var stillThere = await citizen.GetAsync($"/{SavingRunner.Slug}/your-name");

        Assert.Equal(HttpStatusCode.NotFound, forged.Status);
        Assert.Equal("Sam", stillThere.Document.QuerySelector("input[name=applicant-name-given]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task TooManyLinksForOneAddress_Is429WithRetryAfter_AndTheJourneyCarriesOn()
    {
        await using var rig = await SavingRunner.StartAsync(["--FormRunner:SaveAndReturn:LinksPerAddress=2"]);
        using var citizen = new Citizen(rig.Runner.Address);
        var first = await Journeys.StartAsync(citizen, SavingRunner.Slug);
        await SavingRunner.SaveAsync(citizen, first, [], Address);
        await SavingRunner.SaveAsync(citizen, await citizen.GetAsync(first.Path), [], Address.ToUpperInvariant());

        var email = await citizen.SubmitAsync(await citizen.GetAsync(first.Path), [KeyValuePair.Create("save-and-return", "yes")]);
        using var response = await citizen.RawAsync(Post(email, Address));
        var third = await citizen.SubmitAsync(email, [KeyValuePair.Create("email", Address)]);
        var otherAddress = await SavingRunner.SaveAsync(citizen, await citizen.GetAsync(first.Path), [], "someone.else@example.com");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.RetryAfter?.Delta);
        Assert.Equal("You have asked for too many links", third.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Check your email", otherAddress.Document.QuerySelector("h1")?.TextContent.Trim());
        await rig.Inbox.WaitForAsync(3);
        Assert.Equal(3, rig.Inbox.Messages.Count);
    }

    [Fact]
    public async Task TooManyLinksFromOneClient_Is429WhateverTheAddress()
    {
        await using var rig = await SavingRunner.StartAsync(["--FormRunner:SaveAndReturn:LinksPerClient=2"]);
        using var citizen = new Citizen(rig.Runner.Address);
        var first = await Journeys.StartAsync(citizen, SavingRunner.Slug);
        await SavingRunner.SaveAsync(citizen, first, [], "one@example.com");
        await SavingRunner.SaveAsync(citizen, await citizen.GetAsync(first.Path), [], "two@example.com");

        var third = await SavingRunner.SaveAsync(citizen, await citizen.GetAsync(first.Path), [], "three@example.com");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
    }

    [Fact]
    public async Task MailServerRefuses_Is503_TheLinkIsNotKept_AndTheAnswersAreSafe()
    {
        await using var rig = await SavingRunner.StartAsync();
        rig.Inbox.Refuse = true;
        using var citizen = new Citizen(rig.Runner.Address);
        var name = await Journeys.StartAsync(citizen, SavingRunner.Slug);

        var failed = await SavingRunner.SaveAsync(citizen, name, [KeyValuePair.Create("applicant-name-given", "Ada"), KeyValuePair.Create("applicant-name-family", "Lovelace")], Address);
        var page = await citizen.GetAsync(failed.Document.QuerySelector("main p a")!.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Status);
        Assert.Equal("Sorry, we could not send your link", failed.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var saved = await citizen.GetAsync($"/{SavingRunner.Slug}/your-name");
        Assert.Equal("Ada", saved.Document.QuerySelector("input[name=applicant-name-given]")?.GetAttribute("value"));
        Assert.Empty(rig.Inbox.Messages);
    }

    private static HttpRequestMessage Post(Received page, string address)
    {
        var form = page.PostForm();
        var fields = form.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlInputElement>("input[type=hidden]").Select(i => KeyValuePair.Create(i.Name!, i.Value))
            .Append(KeyValuePair.Create("email", address));
        return new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action")) { Content = new FormUrlEncodedContent(fields) };
    }
}
