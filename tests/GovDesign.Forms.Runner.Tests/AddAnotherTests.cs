namespace GovDesign.Forms.Runner.Tests;

/// <summary>An add-another page counts its items as people say them, in each language.</summary>
public sealed class AddAnotherTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    [Theory]
    [InlineData("en", "You have added 1 vehicle", "Add at least 2 vehicles", "You have added 2 vehicles")]
    [InlineData("cy", "Rydych wedi ychwanegu 1 cerbyd", "Ychwanegwch o leiaf 2 o gerbydau", "Rydych wedi ychwanegu 2 o gerbydau")]
    public async Task SummaryHeadingAndMinimum_UseTheSingularForOneAndThePluralForMore(string language, string one, string tooFew, string two)
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await Journeys.StartAsync(citizen, "add-another");
        if (language != "en")
        {
            first = await citizen.GetAsync(first.Path + "?lang=" + language);
        }

        var summary = await citizen.SubmitAsync(first, [KeyValuePair.Create("registration", "AB12 CDE")]);
        var refused = await citizen.SubmitAsync(summary, [KeyValuePair.Create("add-another", "no")], "/vehicles");
        var second = await citizen.SubmitAsync(summary, [KeyValuePair.Create("add-another", "yes")], "/vehicles");
        var both = await citizen.SubmitAsync(second, [KeyValuePair.Create("registration", "FG34 HIJ")]);

        Assert.Equal(one, summary.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal(tooFew, refused.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
        Assert.Equal(two, both.Document.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task ItemPage_KeepsThePageHeading_WithTheItemAsItsCaption()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await Journeys.StartAsync(citizen, "add-another");
        var summary = await citizen.SubmitAsync(first, [KeyValuePair.Create("registration", "AB12 CDE")]);
        var second = await citizen.SubmitAsync(summary, [KeyValuePair.Create("add-another", "yes")], "/vehicles");

        Assert.Equal("Add a vehicle", first.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Vehicle 1", first.Document.QuerySelector(".govuk-caption-l")?.TextContent.Trim());
        Assert.Equal("Add a vehicle", second.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Vehicle 2", second.Document.QuerySelector(".govuk-caption-l")?.TextContent.Trim());
    }

    [Fact]
    public async Task Summary_ShowsEachItemAsACardOfLabelledAnswers_WithItsOwnChangeAndRemove()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await Journeys.StartAsync(citizen, "add-another");
        var summary = await citizen.SubmitAsync(first, [KeyValuePair.Create("registration", "AB12 CDE")]);

        var card = Assert.Single(summary.Document.QuerySelectorAll(".govuk-summary-card"));
        Assert.Equal("Vehicle 1", card.QuerySelector(".govuk-summary-card__title")?.TextContent.Trim());
        Assert.Equal("Registration number", card.QuerySelector(".govuk-summary-list__key")?.TextContent.Trim());
        Assert.Equal("AB12 CDE", card.QuerySelector(".govuk-summary-list__value")?.TextContent.Trim());
        Assert.Equal("Change Vehicle 1", card.QuerySelector(".govuk-summary-card__actions a")?.TextContent);
        Assert.Equal("Remove Vehicle 1", card.QuerySelector(".govuk-summary-card__actions form button")?.TextContent);
        Assert.EndsWith("/vehicles/1/remove", card.QuerySelector(".govuk-summary-card__actions form")?.GetAttribute("action"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Do you need to add another vehicle?", "Select yes if you need to add another vehicle")]
    [InlineData("cy", "Oes angen i chi ychwanegu cerbyd arall?", "Dewiswch ydw os oes angen i chi ychwanegu cerbyd arall")]
    public async Task SummaryQuestion_NamesTheItem_WhenTheFormGivesNoQuestion(string language, string question, string error)
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await Journeys.StartAsync(citizen, "add-another");
        first = await citizen.GetAsync(first.Path + "?lang=" + language);
        var summary = await citizen.SubmitAsync(first, [KeyValuePair.Create("registration", "AB12 CDE")]);
        var refused = await citizen.SubmitAsync(summary, [], "/vehicles");

        Assert.Equal(question, summary.Document.QuerySelector("legend")?.TextContent.Trim());
        Assert.Equal(error, refused.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
    }
}
