namespace GovDesign.Patterns.Tests.Pages;

public sealed class ServicePageTests
{
    private static Task<AngleSharp.Dom.IDocument> RenderAsync(bool hasErrors = false, string language = "en", ServiceLayout? layout = null) =>
        PageRenderer.RenderAsync<ServicePage>(new()
        {
            [nameof(ServicePage.Layout)] = layout ?? PageRenderer.Layout,
            [nameof(ServicePage.Title)] = "What is your name?",
            [nameof(ServicePage.HasErrors)] = hasErrors,
            [nameof(ServicePage.BackLinkHref)] = "/previous",
            [nameof(ServicePage.ChildContent)] = PageRenderer.Text("Body"),
        }, language);

    [Fact]
    public async Task Title_WithoutErrors_IsThePageTitleThenTheServiceName()
    {
        var page = await RenderAsync();

        Assert.Equal("What is your name? – Apply for a test", page.Title);
    }

    [Theory]
    [InlineData("en", "Error: ")]
    [InlineData("cy", "Gwall: ")]
    [InlineData("vi", "Lỗi: ")]
    public async Task Title_WithErrors_StartsWithTheLocalisedErrorPrefix(string language, string prefix)
    {
        var page = await RenderAsync(hasErrors: true, language: language);

        Assert.Equal(prefix + "What is your name? – Apply for a test", page.Title);
    }

    [Fact]
    public async Task LanguageSwitch_MarksTheCurrentLanguage_AndLinksTheOthersWithLangAndHreflang()
    {
        var page = await RenderAsync(language: "cy");

        var current = page.QuerySelector(".govuk-language-navigation [aria-current]")!;
        var links = page.QuerySelectorAll(".govuk-language-navigation a");
        Assert.Equal("Cymraeg", current.TextContent.Trim());
        Assert.Equal(["en", "vi"], links.Select(a => a.GetAttribute("hreflang")));
        Assert.Equal(["en", "vi"], links.Select(a => a.GetAttribute("lang")));
        Assert.Equal(["?lang=en", "?lang=vi"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("Tiếng Việt", links[1].TextContent.Trim());
    }

    [Fact]
    public async Task LanguageSwitch_BuildsLinksWithTheLayoutsFunction()
    {
        var page = await RenderAsync(layout: PageRenderer.Layout with { LanguageUrl = code => $"/{code}/start" });

        Assert.Equal(["/cy/start", "/vi/start"], page.QuerySelectorAll(".govuk-language-navigation a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task LanguageSwitch_WithOneLanguage_IsLeftOut()
    {
        var page = await RenderAsync(layout: PageRenderer.Layout with { Languages = ["en"] });

        Assert.Null(page.QuerySelector(".govuk-language-navigation"));
    }

    [Fact]
    public async Task Footer_LinksCookiesAccessibilityAndPrivacy_WithoutTheCrown()
    {
        var page = await RenderAsync();

        var links = page.QuerySelectorAll("footer .govuk-footer__link");
        Assert.Equal(["/cookies", "/accessibility", "/privacy"], links.Select(a => a.GetAttribute("href")));
        Assert.Null(page.QuerySelector(".govuk-footer__crown"));
        Assert.Null(page.QuerySelector(".govuk-footer__licence-logo"));
    }

    [Fact]
    public async Task PhaseBanner_NamesThePhase_AndLinksToFeedback()
    {
        var page = await RenderAsync();

        Assert.Equal("Beta", page.QuerySelector(".govuk-phase-banner .govuk-tag")!.TextContent.Trim());
        Assert.Equal("/feedback", page.QuerySelector(".govuk-phase-banner a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("en", "This is a new service. Your feedback will help us improve it.", "feedback")]
    [InlineData("cy", "Mae hwn yn wasanaeth newydd. Bydd eich adborth yn ein helpu i'w wella.", "adborth")]
    [InlineData("vi", "Đây là một dịch vụ mới. Ý kiến phản hồi của bạn sẽ giúp chúng tôi cải thiện dịch vụ.", "Ý kiến phản hồi")]
    public async Task PhaseBanner_WithAFeedbackAddress_ReadsAsWholeSentencesWithTheLinkInside(string language, string sentence, string link)
    {
        var page = await RenderAsync(language: language);

        Assert.Equal(sentence, page.QuerySelector(".govuk-phase-banner__text")!.TextContent.Trim());
        Assert.Equal(link, page.QuerySelector(".govuk-phase-banner__text a")!.TextContent);
    }

    [Theory]
    [InlineData("en", "This is a new service.")]
    [InlineData("cy", "Mae hwn yn wasanaeth newydd.")]
    [InlineData("vi", "Đây là một dịch vụ mới.")]
    public async Task PhaseBanner_WithoutAFeedbackAddress_IsOneWholeSentenceWithoutALink(string language, string sentence)
    {
        var page = await RenderAsync(language: language, layout: PageRenderer.Layout with { FeedbackUrl = null });

        Assert.Equal(sentence, page.QuerySelector(".govuk-phase-banner__text")!.TextContent.Trim());
        Assert.Null(page.QuerySelector(".govuk-phase-banner a"));
    }

    [Fact]
    public async Task Header_ShowsTheOrganisationAndServiceNames_AndTheBackLink()
    {
        var page = await RenderAsync();

        Assert.Contains("Department of Tests", page.QuerySelector(".govuk-generic-header")!.TextContent);
        Assert.Contains("Apply for a test", page.QuerySelector(".govuk-service-navigation")!.TextContent);
        Assert.Equal("/previous", page.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ExitThisPage_IsShownOnlyWhenTheLayoutAsks()
    {
        var without = await RenderAsync();
        var with = await RenderAsync(layout: PageRenderer.Layout with { ExitThisPage = true, ExitThisPageUrl = "https://example.org/" });

        Assert.Null(without.QuerySelector(".govuk-exit-this-page"));
        Assert.Equal("https://example.org/", with.QuerySelector(".govuk-exit-this-page a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Title_WhenEmpty_FailsNamingTheParameter()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => PageRenderer.RenderAsync<ServicePage>(new() { [nameof(ServicePage.Title)] = " " }));

        Assert.Contains("Title", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cy", "Cymraeg")]
    [InlineData("vi", "Tiếng Việt")]
    [InlineData("not a language!", "not a language!")]
    public void LanguageName_IsWrittenInThatLanguage(string code, string name)
    {
        Assert.Equal(name, ServiceLanguage.NameOf(code));
    }
}
