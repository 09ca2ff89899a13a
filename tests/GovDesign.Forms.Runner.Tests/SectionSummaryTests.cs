using System.Net;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>A summary page part-way (section-summary.json): its sections' answers, Change links that come back to it, Continue that goes on.</summary>
public sealed class SectionSummaryTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    [Fact]
    public async Task SummaryPage_ReachedInTheJourney_ShowsItsSectionsAnswersAsCardsWithChangeLinksBackToIt()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var summary = await ToSummaryAsync(citizen, hasPet: "no");

        Assert.EndsWith("/so-far", summary.Path, StringComparison.Ordinal);
        Assert.Equal("Check your answers so far", summary.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(["About you", "Your pet"], summary.Document.QuerySelectorAll(".govuk-summary-card__title").Select(t => t.TextContent.Trim()));
        Assert.Equal(["Sam Jones", "No"], summary.Document.QuerySelectorAll(".govuk-summary-list__value").Select(v => v.TextContent.Trim()));
        Assert.Equal(["/section-summary/full-name?returnTo=so-far", "/section-summary/has-pet?returnTo=so-far"],
            summary.Document.QuerySelectorAll(".govuk-summary-list__actions a").Select(a => a.GetAttribute("href")));
        Assert.Null(summary.Document.QuerySelector("main h2.govuk-heading-m"));
    }

    [Fact]
    public async Task ChangeLink_OnTheSummary_ReturnsToItWithTheNewAnswer()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var summary = await ToSummaryAsync(citizen, hasPet: "no");

        var change = await citizen.GetAsync(summary.Document.QuerySelector("a[href*='/full-name?returnTo=so-far']")!.GetAttribute("href")!);
        var back = await citizen.SubmitAsync(change, [KeyValuePair.Create("full-name", "Alex Evans")]);

        Assert.EndsWith("/section-summary/so-far", change.Document.QuerySelector(".govuk-back-link")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith("/so-far", back.Path, StringComparison.Ordinal);
        Assert.Contains("Alex Evans", back.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeLink_OpeningABranch_WalksItsInformationPageAndQuestionThenReturnsToTheSummary()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var summary = await ToSummaryAsync(citizen, hasPet: "no");

        var change = await citizen.GetAsync(summary.Document.QuerySelector("a[href*='/has-pet?returnTo=so-far']")!.GetAttribute("href")!);
        var rules = await citizen.SubmitAsync(change, [KeyValuePair.Create("has-pet", "yes")]);
        var name = await citizen.SubmitAsync(rules, []);
        var back = await citizen.SubmitAsync(name, [KeyValuePair.Create("pet-name", "Rex")]);

        Assert.Equal("/section-summary/pet-rules?returnTo=so-far", rules.Url.PathAndQuery);
        Assert.Equal("/section-summary/pet-name?returnTo=so-far", name.Url.PathAndQuery);
        Assert.EndsWith("/so-far", back.Path, StringComparison.Ordinal);
        Assert.Equal(["Sam Jones", "Yes", "Rex"], back.Document.QuerySelectorAll(".govuk-summary-list__value").Select(v => v.TextContent.Trim()));
    }

    [Fact]
    public async Task Continue_OnTheSummary_GoesToTheNextPageAndOnToCheckAnswersWithoutTheSummary()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var summary = await ToSummaryAsync(citizen, hasPet: "no");

        var email = await citizen.SubmitAsync(summary, []);
        var check = await citizen.SubmitAsync(email, [KeyValuePair.Create("email", "sam@example.com")]);

        Assert.EndsWith("/email", email.Path, StringComparison.Ordinal);
        Assert.EndsWith("/section-summary/so-far", email.Document.QuerySelector(".govuk-back-link")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.EndsWith("/check-answers", check.Path, StringComparison.Ordinal);
        Assert.Equal(["About you", "Your pet", "Contact details"], check.Document.QuerySelectorAll(".govuk-summary-card__title").Select(t => t.TextContent.Trim()));
        Assert.Null(check.Document.QuerySelector("a[href*='/so-far']"));
    }

    [Fact]
    public async Task SummaryPage_AskedForBeforeItsTurn_RedirectsToThePageStillToAnswer()
    {
        using var citizen = new Citizen(server.BaseAddress);
        await Journeys.StartAsync(citizen, "section-summary");

        var early = await citizen.GetAsync("/section-summary/so-far");

        Assert.Equal(HttpStatusCode.OK, early.Status);
        Assert.EndsWith("/full-name", early.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReturnTo_NamingAPageThatIsNotASummary_IsIgnored()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var summary = await ToSummaryAsync(citizen, hasPet: "no");

        var change = await citizen.GetAsync("/section-summary/full-name?returnTo=email");
        var next = await citizen.SubmitAsync(change, [KeyValuePair.Create("full-name", "Alex Evans")]);

        Assert.Equal(HttpStatusCode.OK, change.Status);
        Assert.EndsWith("/has-pet", next.Path, StringComparison.Ordinal);
        Assert.EndsWith("/so-far", summary.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeLink_InWelsh_KeepsTheLanguageAndTheWayBack()
    {
        using var citizen = new Citizen(server.BaseAddress);
        await ToSummaryAsync(citizen, hasPet: "no");

        var welsh = await citizen.GetAsync("/section-summary/so-far?lang=cy");
        var change = await citizen.GetAsync(welsh.Document.QuerySelector("a[href*='/full-name']")!.GetAttribute("href")!);

        Assert.Equal("Gwiriwch eich atebion hyd yma", welsh.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("/section-summary/full-name?lang=cy&returnTo=so-far", change.Url.PathAndQuery);
        Assert.Equal("cy", change.Document.DocumentElement.GetAttribute("lang"));
    }

    private static async Task<Received> ToSummaryAsync(Citizen citizen, string hasPet)
    {
        var name = await Journeys.StartAsync(citizen, "section-summary");
        var pet = await citizen.SubmitAsync(name, [KeyValuePair.Create("full-name", "Sam Jones")]);
        return await citizen.SubmitAsync(pet, [KeyValuePair.Create("has-pet", hasPet)]);
    }
}
