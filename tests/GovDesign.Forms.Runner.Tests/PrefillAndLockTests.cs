namespace GovDesign.Forms.Runner.Tests;

/// <summary>Answers prefilled from the link that opens the form, a time question, and an answer locked on check answers, over real HTTP.</summary>
public sealed class PrefillAndLockTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    /// <summary>Opens the form from a link with <paramref name="query"/> and follows the start button to the first page.</summary>
    private static async Task<Received> StartFromLinkAsync(Citizen citizen, string query)
    {
        var start = await citizen.GetAsync($"/{QuestionOptionsJourney.Slug}/?{query}");
        return await citizen.GetAsync(start.Document.QuerySelector("a.govuk-button--start")!.GetAttribute("href")!);
    }

    [Fact]
    public async Task Link_PrefillsTheQuestionsThatAllowIt_ShownInTheirBoxes_AsTheCitizenReadsThem()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await StartFromLinkAsync(citizen, "booking=AB1234&arrival=09:30");
        Assert.EndsWith("/contact", page.Path, StringComparison.Ordinal);
        page = await citizen.SubmitAsync(page, [KeyValuePair.Create("contact-by", "post")]);

        foreach (var (_, fields) in QuestionOptionsJourney.Pages.TakeWhile(p => p.Path != "arrival"))
        {
            page = await citizen.SubmitAsync(page, fields);
        }

        Assert.Equal("9:30am", page.Document.QuerySelector("input#arrival")?.GetAttribute("value"));
        var booking = await citizen.SubmitAsync(page, [KeyValuePair.Create("arrival", "9:30am")]);
        Assert.Equal("AB1234", booking.Document.QuerySelector("input#booking")?.GetAttribute("value"));
    }

    [Fact]
    public async Task PrefilledValue_IsNotAnAnswer_UntilTheCitizenContinuesWithIt_ThenItIsSent()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var first = await StartFromLinkAsync(citizen, "booking=CD5678");
        var second = await citizen.SubmitAsync(first, [KeyValuePair.Create("contact-by", "post")]);

        var check = await QuestionOptionsJourney.FromSecondPageAsync(citizen, second, "booking");
        var sent = await citizen.SubmitAsync(check, []);

        var data = SubmissionsDatabase.Data(server.DatabasePath, sent.Document.QuerySelector(".govuk-panel strong")!.TextContent.Trim());
        Assert.Equal("CD5678", data["answers"]?["booking"]?.GetValue<string>());
        Assert.False(data.ContainsKey("prefilled"));
    }

    [Theory]
    [InlineData("booking=not-a-reference")]
    [InlineData("story=Prefilled+story")]
    [InlineData("arrival=11pm")]
    public async Task Link_ValueThatFailsItsChecks_OrForAQuestionNotMarkedPrefill_IsIgnored(string query)
    {
        using var citizen = new Citizen(server.BaseAddress);
        var name = query.Split('=')[0];
        var page = await citizen.SubmitAsync(await StartFromLinkAsync(citizen, query), [KeyValuePair.Create("contact-by", "post")]);

        foreach (var (_, fields) in QuestionOptionsJourney.Pages.TakeWhile(p => p.Path != name))
        {
            page = await citizen.SubmitAsync(page, fields);
        }

        Assert.EndsWith("/" + name, page.Path, StringComparison.Ordinal);
        var box = page.Document.QuerySelector("#" + name);
        Assert.NotNull(box);
        Assert.True(string.IsNullOrEmpty(box.GetAttribute("value")) && string.IsNullOrWhiteSpace(box.TextContent), box.OuterHtml);
    }

    [Fact]
    public async Task TimeQuestion_OutsideItsLimits_IsRefused_AndCheckAnswersShowsTheTimeAsPeopleReadIt()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await QuestionOptionsJourney.ToPageAsync(citizen, "arrival");

        var refused = await citizen.SubmitAsync(page, [KeyValuePair.Create("arrival", "7am")]);
        var check = await QuestionOptionsJourney.ToCheckAnswersAsync(citizen, [KeyValuePair.Create("contact-by", "post")]);

        Assert.Equal("Your arrival time must be 8am or later", refused.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
        Assert.Equal("2:30pm", QuestionOptionsJourney.Row(check, "Arrival time"));
    }

    [Fact]
    public async Task LockedAnswer_HasNoChangeLinkOnCheckAnswers_WhileTheOthersDo()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var check = await QuestionOptionsJourney.ToCheckAnswersAsync(citizen, [KeyValuePair.Create("contact-by", "post")]);

        Assert.Equal("AB1234", QuestionOptionsJourney.Row(check, "Booking reference"));
        Assert.False(QuestionOptionsJourney.HasChangeLink(check, "Booking reference"));
        Assert.True(QuestionOptionsJourney.HasChangeLink(check, "Arrival time"));
    }
}
