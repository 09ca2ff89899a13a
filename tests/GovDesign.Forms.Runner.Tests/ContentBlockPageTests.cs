namespace GovDesign.Forms.Runner.Tests;

/// <summary>Content blocks on question and content pages: details, inset and warning text, and text between questions.</summary>
public sealed class ContentBlockPageTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    [Fact]
    public async Task QuestionPage_ShowsEachBlockAsItsComponent_InTheirPlaces()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, "content-blocks");
        var main = page.Document.QuerySelector("main")!;

        Assert.Equal("Tell us the size in metres.", main.QuerySelector("p.govuk-body")?.TextContent);
        Assert.Equal("metres", main.QuerySelector("p.govuk-body strong")?.TextContent);
        Assert.Equal("Help with measuring", main.QuerySelector("details.govuk-details .govuk-details__summary-text")?.TextContent.Trim());
        Assert.Equal("Measure the front of the pitch.", main.QuerySelector(".govuk-details__text")?.TextContent.Trim());
        Assert.Contains("You can be fined", main.QuerySelector(".govuk-warning-text__text")?.TextContent, StringComparison.Ordinal);
        Assert.Null(main.QuerySelector(".govuk-warning-text__text p"));
        var inset = main.QuerySelector(".govuk-inset-text");
        Assert.Equal("Most stalls are 3 metres deep.", inset?.TextContent.Trim());
        Assert.Contains("depth", inset?.NextElementSibling?.QuerySelector("input")?.Id, StringComparison.Ordinal);
        Assert.Contains("width", inset?.PreviousElementSibling?.QuerySelector("input")?.Id, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionPage_InWelsh_ShowsTheWelshBlocks_AndKeepsThemAfterAnError()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await citizen.GetAsync((await Journeys.StartAsync(citizen, "content-blocks")).Path + "?lang=cy");

        var refused = await citizen.SubmitAsync(page, [KeyValuePair.Create("width", "3")]);

        Assert.Equal("Help gyda mesur", refused.Document.QuerySelector(".govuk-details__summary-text")?.TextContent.Trim());
        Assert.Equal("Mae'r rhan fwyaf o stondinau yn 3 metr o ddyfnder.", refused.Document.QuerySelector(".govuk-inset-text")?.TextContent.Trim());
        Assert.NotNull(refused.Document.QuerySelector(".govuk-error-summary"));
    }

    [Fact]
    public async Task ContentPage_ShowsItsInsetText()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, "content-blocks");

        var next = await citizen.SubmitAsync(page, [KeyValuePair.Create("width", "3"), KeyValuePair.Create("depth", "2")]);

        Assert.EndsWith("/before-you-send", next.Path, StringComparison.Ordinal);
        Assert.Equal("We check every booking within 5 days.", next.Document.QuerySelector(".govuk-inset-text")?.TextContent.Trim());
    }
}
