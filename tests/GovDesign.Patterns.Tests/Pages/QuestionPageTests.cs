using AngleSharp.Dom;

namespace GovDesign.Patterns.Tests.Pages;

public sealed class QuestionPageTests
{
    private static Task<IDocument> RenderAsync(IReadOnlyList<FieldError> errors, string language = "en", string? continueText = null, string? enctype = null) =>
        PageRenderer.RenderAsync<QuestionPage>(new()
        {
            [nameof(QuestionPage.Layout)] = PageRenderer.Layout,
            [nameof(QuestionPage.Title)] = "When were you born?",
            [nameof(QuestionPage.Errors)] = errors,
            [nameof(QuestionPage.Action)] = "/born",
            [nameof(QuestionPage.Antiforgery)] = new FormToken("__token", "abc123"),
            [nameof(QuestionPage.ContinueText)] = continueText,
            [nameof(QuestionPage.Enctype)] = enctype,
            [nameof(QuestionPage.ChildContent)] = PageRenderer.Text("The inputs"),
        }, language);

    [Fact]
    public async Task WithErrors_TheErrorSummaryIsFirstInMain_AndLinksToEachField()
    {
        var page = await RenderAsync([new FieldError("dob-day", "Enter your date of birth"), new FieldError("email", "Enter an email address")]);

        var first = page.QuerySelector("main")!.QuerySelector(".govuk-grid-column-two-thirds")!.FirstElementChild!;
        Assert.Contains("govuk-error-summary", first.ClassList);
        var links = first.QuerySelectorAll("a");
        Assert.Equal(["#dob-day", "#email"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Enter your date of birth", "Enter an email address"], links.Select(a => a.TextContent));
        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutErrors_HasNoSummary_AndNoErrorPrefix()
    {
        var page = await RenderAsync([]);

        Assert.Null(page.QuerySelector(".govuk-error-summary"));
        Assert.Equal("When were you born? – Apply for a test", page.Title);
    }

    [Fact]
    public async Task Form_PostsToTheAction_WithTheAntiforgeryTokenAndAContinueButton()
    {
        var page = await RenderAsync([]);

        var form = page.QuerySelector("main form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/born", form.GetAttribute("action"));
        Assert.Equal("abc123", form.QuerySelector("input[type=hidden][name=__token]")!.GetAttribute("value"));
        Assert.Equal("Continue", form.QuerySelector("button[type=submit]")!.TextContent.Trim());
        Assert.Contains("The inputs", form.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Form_WithAFileUpload_PostsMultipart_AndOtherwiseTheBrowsersDefault()
    {
        var plain = await RenderAsync([]);
        var upload = await RenderAsync([], enctype: "multipart/form-data");

        Assert.False(plain.QuerySelector("main form")!.HasAttribute("enctype"));
        Assert.Equal("multipart/form-data", upload.QuerySelector("main form")!.GetAttribute("enctype"));
    }

    [Theory]
    [InlineData("cy", "Parhau")]
    [InlineData("vi", "Tiếp tục")]
    public async Task ContinueButton_SpeaksTheCurrentLanguage(string language, string text)
    {
        var page = await RenderAsync([], language);

        Assert.Equal(text, page.QuerySelector("button[type=submit]")!.TextContent.Trim());
    }

    [Fact]
    public async Task ContinueButton_TakesItsTextFromTheParameter()
    {
        var page = await RenderAsync([], continueText: "Save and continue");

        Assert.Equal("Save and continue", page.QuerySelector("button[type=submit]")!.TextContent.Trim());
    }

    [Fact]
    public async Task ErrorMessages_AreEncoded()
    {
        var page = await RenderAsync([new FieldError("name", "<script>alert(1)</script>")]);

        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Equal("<script>alert(1)</script>", page.QuerySelector(".govuk-error-summary a")!.TextContent);
    }
}
