using AngleSharp.Dom;

namespace GovDesign.Patterns.Tests.Pages;

public sealed class CookieConsentBannerTests
{
    private static Task<IDocument> RenderAsync(CookieChoice choice, bool justChosen, string language = "en") =>
        PageRenderer.RenderAsync<CookieConsentBanner>(new()
        {
            [nameof(CookieConsentBanner.Choice)] = choice,
            [nameof(CookieConsentBanner.ShowConfirmation)] = justChosen,
            [nameof(CookieConsentBanner.Action)] = "/consent",
            [nameof(CookieConsentBanner.ReturnUrl)] = "/question?a=1",
            [nameof(CookieConsentBanner.CookiesPageUrl)] = "/cookies",
            [nameof(CookieConsentBanner.ServiceName)] = "Apply for a test",
            [nameof(CookieConsentBanner.Antiforgery)] = new FormToken("__token", "t0k"),
        }, language);

    [Fact]
    public async Task BeforeAChoice_AsksWithAFormThatPostsAcceptOrReject()
    {
        var page = await RenderAsync(CookieChoice.NotChosen, justChosen: false);

        var form = page.QuerySelector("form")!;
        Assert.Equal("/consent", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/question?a=1", form.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
        Assert.Equal("t0k", form.QuerySelector("input[name=__token]")!.GetAttribute("value"));
        var buttons = form.QuerySelectorAll("button[type=submit][name=cookies]");
        Assert.Equal(["accept", "reject"], buttons.Select(b => b.GetAttribute("value")));
        Assert.Equal("Cookies on Apply for a test", form.QuerySelector("h2")!.TextContent);
    }

    [Theory]
    [InlineData(CookieChoice.Accepted, "You've accepted additional cookies.")]
    [InlineData(CookieChoice.Rejected, "You've rejected additional cookies.")]
    public async Task RightAfterAChoice_ConfirmsIt_WithAHideButton(CookieChoice choice, string message)
    {
        var page = await RenderAsync(choice, justChosen: true);

        Assert.StartsWith(message, page.QuerySelector(".govuk-cookie-banner__content")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("/cookies", page.QuerySelector(".govuk-cookie-banner__content a")!.GetAttribute("href"));
        Assert.Equal("hide", page.QuerySelector("button[name=cookies]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AfterAChoiceWasConfirmed_RendersNothing()
    {
        var page = await RenderAsync(CookieChoice.Accepted, justChosen: false);

        Assert.Null(page.QuerySelector("form"));
        Assert.Null(page.QuerySelector(".govuk-cookie-banner"));
    }

    [Fact]
    public async Task InWelsh_ButtonsAreWelsh()
    {
        var page = await RenderAsync(CookieChoice.NotChosen, justChosen: false, "cy");

        Assert.Equal("Derbyn cwcis ychwanegol", page.QuerySelector("button[value=accept]")!.TextContent.Trim());
    }

    [Fact]
    public async Task CookiesPage_ChecksTheCurrentChoice_AndConfirmsASavedOne()
    {
        var page = await PageRenderer.RenderAsync<CookiesPage>(new()
        {
            [nameof(CookiesPage.Choice)] = CookieChoice.Rejected,
            [nameof(CookiesPage.Saved)] = true,
        });

        Assert.Equal("reject", page.QuerySelector("input[name=cookies][checked]")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector(".govuk-notification-banner--success"));
        Assert.Equal("/cookies", page.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
    }
}
