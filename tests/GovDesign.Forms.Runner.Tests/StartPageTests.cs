namespace GovDesign.Forms.Runner.Tests;

/// <summary>A form's start page says what the service is for, from the definition's <c>start</c>, in the citizen's language.</summary>
public sealed class StartPageTests(RunnerServer server)
{
    [Fact]
    public async Task StartPage_ShowsTheFormsContentAsGovukMarkupAndItsOwnButtonText()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var start = await citizen.GetAsync("/apply-for-a-market-trader-permit/");

        var main = start.Document.QuerySelector("main")!;
        Assert.Equal("Apply for a market trader permit", main.QuerySelector("h1")?.TextContent.Trim());
        Assert.StartsWith("Use this service to apply for a permit", main.QuerySelector("p.govuk-body")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Before you start", main.QuerySelector("h2.govuk-heading-m")?.TextContent);
        Assert.Equal(2, main.QuerySelectorAll("ul.govuk-list.govuk-list--bullet li").Length);
        Assert.Equal("Start your application", main.QuerySelector("a.govuk-button--start")?.TextContent.Trim());
    }

    [Fact]
    public async Task StartPage_InAnotherLanguage_ShowsThatLanguagesContent()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var start = await citizen.GetAsync("/register-a-birth/?lang=cy");

        Assert.StartsWith("Defnyddiwch y gwasanaeth hwn i gofrestru", start.Document.QuerySelector("main p.govuk-body")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Dechrau nawr", start.Document.QuerySelector("a.govuk-button--start")?.TextContent.Trim());
    }
}
