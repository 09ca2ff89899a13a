namespace GovDesign.Forms.Runner.Tests;

/// <summary>
/// A multiple choice option marked <c>exclusive</c> over real HTTP (issue 16: it was read by the loader
/// but never reached the page): it shows after an "or" divider with govuk-frontend's exclusive behaviour,
/// chosen with another option it gets its own error, and chosen on its own it is accepted.
/// </summary>
public sealed class ExclusiveOptionTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    private const string Message = "Select what you need help with, or select ‘I do not need help’ on its own";

    [Fact]
    public async Task Get_MultipleChoiceWithAnExclusiveOption_ShowsItLastAfterTheOrDivider()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var page = await QuestionOptionsJourney.ToPageAsync(citizen, "help");

        var items = page.Document.QuerySelectorAll(".govuk-checkboxes__item > input, .govuk-checkboxes__divider");
        Assert.Equal(["forms", "money", "or", "none"], items.Select(i => i.GetAttribute("value") ?? i.TextContent.Trim()));
        var none = page.Document.QuerySelector("input[name=help-with][value=none]");
        Assert.Equal("exclusive", none?.GetAttribute("data-behaviour"));
        Assert.Equal("I do not need help", page.Document.QuerySelector($"label[for={none?.Id}]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_ExclusiveOptionWithAnother_IsRefusedWithTheExclusiveMessageAtTheFieldAndInTheSummary()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await QuestionOptionsJourney.ToPageAsync(citizen, "help");

        var refused = await citizen.SubmitAsync(page, [KeyValuePair.Create("help-with", "money"), KeyValuePair.Create("help-with", "none")]);

        Assert.EndsWith("/help", refused.Path, StringComparison.Ordinal);
        var summary = Assert.Single(refused.Document.QuerySelectorAll(".govuk-error-summary a"));
        Assert.Equal(Message, summary.TextContent.Trim());
        Assert.Equal("#help-with", summary.GetAttribute("href"));
        Assert.EndsWith(Message, refused.Document.QuerySelector(".govuk-form-group--error .govuk-error-message")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ExclusiveOptionOnItsOwn_IsAcceptedAndShownOnCheckAnswers()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await QuestionOptionsJourney.ToPageAsync(citizen, "help");

        var next = await citizen.SubmitAsync(page, [KeyValuePair.Create("help-with", "none")]);
        Assert.EndsWith("/landline", next.Path, StringComparison.Ordinal);
        var check = next;
        foreach (var (_, fields) in QuestionOptionsJourney.Pages.Skip(1))
        {
            check = await citizen.SubmitAsync(check, fields);
        }

        Assert.EndsWith("/check-answers", check.Path, StringComparison.Ordinal);
        Assert.Equal("I do not need help", QuestionOptionsJourney.Row(check, "What do you need help with?"));
    }

    [Theory]
    [InlineData("cy", "neu", "Nid oes angen help arnaf")]
    [InlineData("vi", "hoặc", "Tôi không cần trợ giúp")]
    public async Task Get_ExclusiveOption_IsInThePagesLanguage(string language, string or, string text)
    {
        using var citizen = new Citizen(server.BaseAddress);
        await QuestionOptionsJourney.ToPageAsync(citizen, "help");

        var page = await citizen.GetAsync($"/{QuestionOptionsJourney.Slug}/help?lang={language}");

        Assert.Equal(or, page.Document.QuerySelector(".govuk-checkboxes__divider")?.TextContent.Trim());
        var none = page.Document.QuerySelector("input[name=help-with][value=none]");
        Assert.Equal(text, page.Document.QuerySelector($"label[for={none?.Id}]")?.TextContent.Trim());
    }
}
