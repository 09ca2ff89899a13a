namespace GovDesign.Forms.Runner.Tests;

/// <summary>
/// <c>?lang=</c> shows a page in another language without changing the journey: a link on another site
/// cannot switch a citizen's language. The journey keeps the language of the citizen's last answer.
/// </summary>
public sealed class LanguageChoiceTests(RunnerServer server)
{
    private const string Slug = "apply-for-a-market-trader-permit";

    [Fact]
    public async Task Get_WithLang_ShowsThatLanguageButKeepsTheJourneys()
    {
        using var citizen = new Citizen(server.BaseAddress);
        await citizen.SubmitAsync(await Journeys.StartAsync(citizen, Slug), [KeyValuePair.Create("applicant-name-given", "Sam"), KeyValuePair.Create("applicant-name-family", "Jones")]);

        var vietnamese = await citizen.GetAsync($"/{Slug}/date-of-birth?lang=vi");
        var after = await citizen.GetAsync($"/{Slug}/date-of-birth");

        Assert.Equal("vi", vietnamese.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", after.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Post_FromAPageShownInALanguage_KeepsThatLanguage()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await Journeys.StartAsync(citizen, Slug);
        var vietnamese = await citizen.GetAsync(first.Path + "?lang=vi");

        var next = await citizen.SubmitAsync(vietnamese, [KeyValuePair.Create("applicant-name-given", "Sam"), KeyValuePair.Create("applicant-name-family", "Jones")]);
        var later = await citizen.GetAsync($"/{Slug}/date-of-birth");

        Assert.EndsWith("/date-of-birth", next.Path, StringComparison.Ordinal);
        Assert.Equal("vi", next.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("vi", later.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task StartPage_InALanguage_LinksOnInThatLanguage()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var start = await citizen.GetAsync($"/{Slug}/?lang=vi");
        var first = await citizen.GetAsync(start.Document.QuerySelector("a.govuk-button--start")!.GetAttribute("href")!);

        Assert.Equal("vi", first.Document.DocumentElement.GetAttribute("lang"));
        Assert.EndsWith("?lang=vi", first.PostForm().GetAttribute("action"), StringComparison.Ordinal);
    }
}
