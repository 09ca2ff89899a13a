namespace GovDesign.Forms.Runner.Tests;

/// <summary>
/// Questions revealed under a radio or checkbox option, over plain HTTP (no JavaScript): shown inside the
/// option's conditional area, checked only when their option is chosen, dropped when it is not, and shown
/// on check answers and sent only while it is.
/// </summary>
public sealed class ConditionalRevealTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    private const string Slug = "question-options";

    [Fact]
    public async Task Get_OptionsThatReveal_HaveTheirQuestionsInsideTheirConditionalArea()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, Slug);

        var email = page.Document.QuerySelector("#conditional-contact-by");
        var mobile = page.Document.QuerySelector("#conditional-contact-by-2");
        Assert.Contains("govuk-radios__conditional--hidden", email?.ClassName, StringComparison.Ordinal);
        Assert.NotNull(email?.QuerySelector("input#contact-email[type=email]"));
        Assert.NotNull(mobile?.QuerySelector("input#contact-mobile[type=tel]"));
        Assert.Equal("conditional-contact-by", page.Document.QuerySelector("input#contact-by")?.GetAttribute("data-aria-controls"));
        Assert.Null(page.Document.QuerySelector("input#contact-by-3")?.GetAttribute("data-aria-controls"));
        Assert.Equal(1, page.Document.QuerySelectorAll("h1").Length);
    }

    [Fact]
    public async Task Post_ChosenOptionWithoutItsRevealedAnswer_ShowsTheRevealedQuestionsError_UnderItsOpenOption()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, Slug);

        var refused = await citizen.SubmitAsync(page, [KeyValuePair.Create("contact-by", "email")]);

        Assert.EndsWith("/contact", refused.Path, StringComparison.Ordinal);
        var link = Assert.Single(refused.Document.QuerySelectorAll(".govuk-error-summary a"));
        Assert.Equal(("#contact-email", "Enter your email address"), (link.GetAttribute("href"), link.TextContent.Trim()));
        var open = refused.Document.QuerySelector("#conditional-contact-by");
        Assert.DoesNotContain("--hidden", open?.ClassName, StringComparison.Ordinal);
        Assert.NotNull(open?.QuerySelector(".govuk-form-group--error #contact-email"));
    }

    [Fact]
    public async Task Post_OtherOptionChosen_DoesNotCheckTheHiddenQuestions()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, Slug);

        var next = await citizen.SubmitAsync(page, [KeyValuePair.Create("contact-by", "post"), KeyValuePair.Create("contact-email", "not an address")]);

        Assert.EndsWith("/help", next.Path, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ParentNotAnswered_ReportsOnlyTheParent_AndKeepsWhatWasTyped()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, Slug);

        var refused = await citizen.SubmitAsync(page, [KeyValuePair.Create("contact-email", "sam@example.com")]);

        Assert.Equal("#contact-by", Assert.Single(refused.Document.QuerySelectorAll(".govuk-error-summary a")).GetAttribute("href"));
        Assert.Equal("sam@example.com", refused.Document.QuerySelector("input#contact-email")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_MobileOnlyRevealedQuestion_RefusesALandline()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await Journeys.StartAsync(citizen, Slug);

        var refused = await citizen.SubmitAsync(page, [KeyValuePair.Create("contact-by", "text"), KeyValuePair.Create("contact-mobile", "029 2018 3000")]);

        Assert.Equal("Your mobile phone number must be a mobile number", refused.Document.QuerySelector(".govuk-error-summary a")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_CheckboxRevealOverItsWordLimit_IsRefused()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var page = await citizen.SubmitAsync(await Journeys.StartAsync(citizen, Slug), [KeyValuePair.Create("contact-by", "post")]);

        var refused = await citizen.SubmitAsync(page, [KeyValuePair.Create("help-with", "forms"), KeyValuePair.Create("forms-detail", "one two three four five six seven eight nine ten eleven")]);

        Assert.EndsWith("/help", refused.Path, StringComparison.Ordinal);
        Assert.Equal("#forms-detail", refused.Document.QuerySelector(".govuk-error-summary a")?.GetAttribute("href"));
        Assert.NotNull(refused.Document.QuerySelector("#conditional-help-with .govuk-character-count[data-maxwords='10']"));
    }

    [Fact]
    public async Task Journey_RevealedAnswer_IsOnCheckAnswersAndSent_AndGoesWhenAnotherOptionIsChosen()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await QuestionOptionsJourney.ToCheckAnswersAsync(citizen, [KeyValuePair.Create("contact-by", "email"), KeyValuePair.Create("contact-email", "sam@example.com")]);
        Assert.Equal("sam@example.com", QuestionOptionsJourney.Row(check, "Email address"));

        var change = await citizen.GetAsync(check.Document.QuerySelector("a[href*='/contact?returnTo=check-answers']")!.GetAttribute("href")!);
        Assert.Equal("sam@example.com", change.Document.QuerySelector("input#contact-email")?.GetAttribute("value"));
        var back = await citizen.SubmitAsync(change, [KeyValuePair.Create("contact-by", "post"), KeyValuePair.Create("contact-email", "sam@example.com")]);

        Assert.EndsWith("/check-answers", back.Path, StringComparison.Ordinal);
        Assert.Null(QuestionOptionsJourney.Row(back, "Email address"));
        var sent = await citizen.SubmitAsync(back, []);
        var data = SubmissionsDatabase.Data(server.DatabasePath, sent.Document.QuerySelector(".govuk-panel strong")!.TextContent.Trim());
        Assert.Equal("post", data["answers"]?["contact-by"]?.GetValue<string>());
        Assert.False(data["answers"]!.AsObject().ContainsKey("contact-email"));
    }

    [Fact]
    public async Task Journey_ChosenRevealedAnswer_IsSentWithItsQuestion()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await QuestionOptionsJourney.ToCheckAnswersAsync(citizen, [KeyValuePair.Create("contact-by", "text"), KeyValuePair.Create("contact-mobile", "07700 900982")]);

        var sent = await citizen.SubmitAsync(check, []);

        var data = SubmissionsDatabase.Data(server.DatabasePath, sent.Document.QuerySelector(".govuk-panel strong")!.TextContent.Trim());
        Assert.Equal("+447700900982", data["answers"]?["contact-mobile"]?.GetValue<string>());
    }
}
