using System.Net;

namespace GovDesign.Forms.Runner.Tests;

/// <summary>
/// What a form's definition says around its questions: the phase banner's feedback link, section
/// captions, the confirmation's "What happens next" and the contact details on the confirmation and
/// error pages (help-and-feedback.json gives all of them, change-branch.json none).
/// </summary>
public sealed class HelpAndFeedbackTests(TestFormsServer server) : IClassFixture<TestFormsServer>
{
    [Fact]
    public async Task PhaseBanner_WithAFeedbackUrl_FinishesTheSentenceWithTheLink()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var start = await citizen.GetAsync("/help-and-feedback/");

        var banner = start.Document.QuerySelector(".govuk-phase-banner__text")!;
        Assert.Equal("This is a new service. Your feedback will help us improve it.", banner.TextContent.Trim());
        Assert.Equal("https://example.gov.uk/street-parties/feedback", banner.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task PhaseBanner_WithoutAFeedbackUrl_IsOneWholeSentence()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var start = await citizen.GetAsync("/change-branch/");

        var banner = start.Document.QuerySelector(".govuk-phase-banner__text")!;
        Assert.Equal("This is a new service.", banner.TextContent.Trim());
        Assert.Null(banner.QuerySelector("a"));
    }

    [Fact]
    public async Task PhaseBanner_OnALiveService_IsNotShown()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var start = await citizen.GetAsync("/live-service/");

        Assert.Equal("A live service", start.Document.QuerySelector("h1")?.TextContent.Trim());
        Assert.Null(start.Document.QuerySelector(".govuk-phase-banner"));
    }

    [Theory]
    [InlineData("name", "About you")]
    [InlineData("party", "The party")]
    [InlineData("music", "Noise")]
    public async Task QuestionPage_InASection_HasTheSectionTitleAsCaptionUnlessItGivesItsOwn(string path, string caption)
    {
        using var citizen = new Citizen(server.BaseAddress);
        var name = await Journeys.StartAsync(citizen, "help-and-feedback");
        var party = await citizen.SubmitAsync(name, [KeyValuePair.Create("full-name", "Ann Jones")]);
        var music = await citizen.SubmitAsync(party, [KeyValuePair.Create("street", "High Street"), KeyValuePair.Create("guests", "40")]);

        var page = path switch { "name" => name, "party" => party, _ => music };

        Assert.EndsWith("/" + path, page.Path, StringComparison.Ordinal);
        Assert.Equal(caption, Assert.Single(page.Document.QuerySelectorAll("main .govuk-caption-l")).TextContent.Trim());
    }

    [Fact]
    public async Task Confirmation_ContentWithItsOwnHeading_ShowsItOnceThenTheContactDetails()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await ToCheckAnswersAsync(citizen, "help-and-feedback");

        var confirmation = await citizen.SubmitAsync(check, []);

        var headings = confirmation.Document.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.EndsWith("/confirmation", confirmation.Path, StringComparison.Ordinal);
        Assert.Equal(["What happens next", "Get help"], headings);
        Assert.Equal("mailto:parties@example.gov.uk", confirmation.Document.QuerySelector("main a[href^='mailto:']")?.GetAttribute("href"));
        Assert.Contains("Telephone: 0300 123 4567", confirmation.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Monday to Friday, 9am to 5pm", confirmation.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirmation_WithoutContentOrContact_HasNoEmptyHeading()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var check = await ToCheckAnswersAsync(citizen, "change-branch", new Dictionary<string, string> { ["has-dog"] = "no" });

        var confirmation = await citizen.SubmitAsync(check, []);

        Assert.EndsWith("/confirmation", confirmation.Path, StringComparison.Ordinal);
        Assert.Empty(confirmation.Document.QuerySelectorAll("main h2"));
    }

    [Fact]
    public async Task PageNotFound_InAFormWithContactDetails_SaysHowToGetHelp()
    {
        using var citizen = new Citizen(server.BaseAddress);

        var missing = await citizen.GetAsync("/help-and-feedback/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("Get help", missing.Document.QuerySelector("main h2")?.TextContent.Trim());
        Assert.Equal("mailto:parties@example.gov.uk", missing.Document.QuerySelector("main a[href^='mailto:']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task ErrorMessage_ReadsErrorThenASpaceThenTheMessage()
    {
        using var citizen = new Citizen(server.BaseAddress);
        var name = await Journeys.StartAsync(citizen, "help-and-feedback");

        var refused = await citizen.SubmitAsync(name, [KeyValuePair.Create("full-name", "")]);

        Assert.Equal("Error: Enter full name", refused.Document.QuerySelector(".govuk-error-message")?.TextContent.Trim());
    }

    /// <summary>Answers a test form (in Forms/) up to check answers.</summary>
    internal static async Task<Received> ToCheckAnswersAsync(Citizen citizen, string slug, IReadOnlyDictionary<string, string>? choices = null)
    {
        var form = GovDesign.Forms.Loading.FormLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "Forms", slug + ".json")).Form!;
        var check = await Journeys.AnswerUntilCheckAnswersAsync(citizen, form, await Journeys.StartAsync(citizen, slug), choices);
        Assert.EndsWith("/check-answers", check.Path, StringComparison.Ordinal);
        return check;
    }
}
