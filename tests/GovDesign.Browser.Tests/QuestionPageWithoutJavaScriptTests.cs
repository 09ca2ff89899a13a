using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>The demo question page, used with JavaScript off: errors come back from the server, then a valid answer moves on.</summary>
public sealed class QuestionPageWithoutJavaScriptTests(SiteServer site, Chromium chromium)
{
    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string path)
    {
        var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, path).ToString());
        return (context, page);
    }

    [Fact]
    public async Task SubmittingNothing_ShowsTheErrors_ThenAValidAnswerIsConfirmed()
    {
        var (context, page) = await OpenAsync("/patterns/demo/question");
        await using var _ = context;

        await page.ClickAsync("main button[type=submit]");

        Assert.StartsWith("Error:", await page.TitleAsync(), StringComparison.Ordinal);
        var summaryLink = page.Locator(".govuk-error-summary a");
        Assert.Equal("Enter your full name", (await summaryLink.InnerTextAsync()).Trim());
        Assert.Equal("#full-name", await summaryLink.GetAttributeAsync("href"));
        Assert.Contains("Enter your full name", await page.InnerTextAsync("#full-name-error"), StringComparison.Ordinal);

        await page.FillAsync("#full-name", "Nguyễn <b>An</b>");
        await page.ClickAsync("main button[type=submit]");

        Assert.EndsWith("/patterns/demo/confirmation?name=Nguy%E1%BB%85n%20%3Cb%3EAn%3C%2Fb%3E", page.Url, StringComparison.Ordinal);
        Assert.StartsWith("Application complete", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("Nguyễn <b>An</b>", await page.InnerTextAsync("main strong:not(.govuk-panel strong)"));
        Assert.Equal(0, await page.Locator("main b").CountAsync());
    }

    [Fact]
    public async Task ErrorSummaryLink_MovesToTheInput()
    {
        var (context, page) = await OpenAsync("/patterns/demo/question");
        await using var _ = context;

        await page.ClickAsync("main button[type=submit]");
        await page.ClickAsync(".govuk-error-summary a");

        Assert.EndsWith("#full-name", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostWithoutTheAntiforgeryToken_IsABadRequest()
    {
        using var http = new HttpClient { BaseAddress = site.BaseAddress };

        var response = await http.PostAsync("/patterns/demo/question",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["full-name"] = "Ada" }), TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CookieBanner_AcceptThenHide_WorksWithoutJavaScript()
    {
        var (context, page) = await OpenAsync("/patterns/demo/question");
        await using var _ = context;

        await page.ClickAsync(".govuk-cookie-banner button[value=accept]");

        Assert.Contains("You've accepted additional cookies", await page.InnerTextAsync(".govuk-cookie-banner"), StringComparison.Ordinal);
        var cookies = await context.CookiesAsync();
        Assert.Contains(cookies, c => c.Name == "cookies_policy" && c.Value == "accepted" && c.SameSite == SameSiteAttribute.Lax);

        await page.ClickAsync(".govuk-cookie-banner button[value=hide]");

        Assert.Equal(0, await page.Locator(".govuk-cookie-banner").CountAsync());
        Assert.DoesNotContain("cookies-saved", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CookiesPage_ChangesTheChoiceWithoutJavaScript()
    {
        var (context, page) = await OpenAsync("/patterns/demo/cookies");
        await using var _ = context;

        await page.CheckAsync("input[name=cookies][value=reject]");
        await page.ClickAsync("main button[type=submit]");

        Assert.NotNull(await page.QuerySelectorAsync(".govuk-notification-banner--success"));
        Assert.True(await page.IsCheckedAsync("input[name=cookies][value=reject]"));
        Assert.Contains(await context.CookiesAsync(), c => c.Name == "cookies_policy" && c.Value == "rejected");
    }
}
