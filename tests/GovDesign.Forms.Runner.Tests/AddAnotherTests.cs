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
}
