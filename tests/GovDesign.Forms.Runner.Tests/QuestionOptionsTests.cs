namespace GovDesign.Forms.Runner.Tests;

/// <summary>Question options over real HTTP: phone limits, a select for any choice list, a word limit and the county line.</summary>
public sealed class QuestionOptionsTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    [Fact]
    public async Task Phone_NotInternational_RefusesANumberOfAnotherCountry()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await QuestionOptionsJourney.ToPageAsync(citizen, "landline");

        var refused = await citizen.SubmitAsync(page, [KeyValuePair.Create("landline", "+33 1 23 45 67 89")]);

        Assert.EndsWith("/landline", refused.Path, StringComparison.Ordinal);
        Assert.StartsWith("Your UK phone number must be a phone number in", refused.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SingleChoice_DisplayedAsASelect_HasASelectWithAnEmptyFirstOption_AndNoRadios()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await QuestionOptionsJourney.ToPageAsync(citizen, "council");

        var options = page.Document.QuerySelectorAll("select#council option").Select(o => o.GetAttribute("value")).ToList();

        Assert.Equal(["", "cardiff", "newport", "swansea"], options);
        Assert.Empty(page.Document.QuerySelectorAll("input[type=radio]"));
        Assert.Equal("Your council", page.Document.QuerySelector("label[for=council]")?.TextContent.Trim());
    }

    [Fact]
    public async Task SingleChoice_DisplayedAsASelect_LeftOnTheEmptyOption_IsRefused_AndAChoiceIsKept()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await QuestionOptionsJourney.ToPageAsync(citizen, "council");

        var refused = await citizen.SubmitAsync(page, [KeyValuePair.Create("council", "")]);
        var next = await citizen.SubmitAsync(refused, [KeyValuePair.Create("council", "swansea")]);

        Assert.Equal("#council", refused.Document.QuerySelector(".govuk-error-summary a")?.GetAttribute("href"));
        Assert.EndsWith("/story", next.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongText_WithAWordLimit_ShowsAWordCount_AndRefusesMoreWords()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await QuestionOptionsJourney.ToPageAsync(citizen, "story");

        var refused = await citizen.SubmitAsync(page, [KeyValuePair.Create("story", "one two three four five six")]);

        Assert.NotNull(page.Document.QuerySelector(".govuk-character-count[data-maxwords='5'] textarea#story"));
        Assert.Null(page.Document.QuerySelector("[data-maxlength]"));
        Assert.Equal("Your story must be 5 words or fewer", refused.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
        Assert.Equal("one two three four five six", refused.Document.QuerySelector("textarea#story")?.TextContent.Trim());
    }

    [Fact]
    public async Task UkAddress_WithTheCountyLine_AsksAndKeepsTheCounty()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await QuestionOptionsJourney.ToPageAsync(citizen, "address");
        Assert.Equal("County (optional)", page.Document.QuerySelector("label[for=address-county]")?.TextContent.Trim());

        var check = await QuestionOptionsJourney.ToCheckAnswersAsync(citizen, [KeyValuePair.Create("contact-by", "post")]);

        Assert.Equal(["1 High Street", "Cardiff", "South Glamorgan", "CF10 1AA"], QuestionOptionsJourney.RowLines(check, "Your address"));
    }

    [Theory]
    [InlineData("cy", "Sir (dewisol)")]
    [InlineData("vi", "Hạt (không bắt buộc)")]
    public async Task UkAddress_CountyLine_IsInThePagesLanguage(string language, string label)
    {
        using var citizen = new Citizen(server.BaseAddress);
        await QuestionOptionsJourney.ToPageAsync(citizen, "address");

        var page = await citizen.GetAsync($"/{QuestionOptionsJourney.Slug}/address?lang={language}");

        Assert.Equal(label, page.Document.QuerySelector("label[for=address-county]")?.TextContent.Trim());
    }
}
