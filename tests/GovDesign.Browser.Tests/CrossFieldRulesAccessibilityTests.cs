using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// Page states added for issue 16 features 2 and 4 pass axe (WCAG 2.2 AA) in English, Welsh and Vietnamese:
/// a page showing answers in its caption, heading, hint and content; and the error of each kind of
/// cross-field rule (date order, at least one, a total), linked from the error summary.
/// </summary>
public sealed class CrossFieldRulesAccessibilityTests(Chromium chromium, RunnerTestFormsServer server) : IClassFixture<RunnerTestFormsServer>
{
    [Theory]
    [InlineData("en")]
    [InlineData("cy")]
    [InlineData("vi")]
    public async Task RuleErrors_HaveNoAxeViolations(string language)
    {
        await using var context = await chromium.NewAxeContextAsync();
        var page = await OpenAsync(context, "cross-field-rules", "dates", language);
        await FillDateAsync(page, "start-date", "10", "1", "2025");
        await FillDateAsync(page, "end-date", "10", "2", "2025");
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal("#end-date-day", await page.Locator(".govuk-error-summary__list a").GetAttributeAsync("href"));
        await FormRunnerCitizen.AssertAccessibleAsync(page, "date order error");

        await page.Locator("[name=end-date-month]").FillAsync("3");
        await FormRunnerCitizen.ContinueAsync(page);
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal("#phone", await page.Locator(".govuk-error-summary__list a").GetAttributeAsync("href"));
        await FormRunnerCitizen.AssertAccessibleAsync(page, "at least one error");

        await page.Locator("[name=email]").FillAsync("sam@example.com");
        await FormRunnerCitizen.ContinueAsync(page);
        await page.Locator("[name=rent]").FillAsync("1500");
        await page.Locator("[name=bills]").FillAsync("600");
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal("#bills", await page.Locator(".govuk-error-summary__list a").GetAttributeAsync("href"));
        await FormRunnerCitizen.AssertAccessibleAsync(page, "total error");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cy")]
    [InlineData("vi")]
    public async Task AnswersInText_HaveNoAxeViolations(string language)
    {
        await using var context = await chromium.NewAxeContextAsync();
        var page = await OpenAsync(context, "answers-in-text", "about-you", language);
        await page.Locator("[name=full-name]").FillAsync("<b>Sam</b> Jones");
        await FillDateAsync(page, "moved-in", "5", "3", "2024");
        await page.Locator("[name=address-line1]").FillAsync("1 High Street");
        await page.Locator("[name=address-town]").FillAsync("Cardiff");
        await page.Locator("[name=address-postcode]").FillAsync("CF10 1AA");
        await page.Locator("[name=rent]").FillAsync("650");
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Contains("1 High Street, Cardiff, CF10 1AA", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "answers in text");
    }

    private static async Task FillDateAsync(IPage page, string name, string day, string month, string year)
    {
        await page.Locator($"[name={name}-day]").FillAsync(day);
        await page.Locator($"[name={name}-month]").FillAsync(month);
        await page.Locator($"[name={name}-year]").FillAsync(year);
    }

    private async Task<IPage> OpenAsync(IBrowserContext context, string slug, string path, string language)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, $"/{slug}/?lang={language}").ToString());
        await page.Locator("a.govuk-button--start").ClickAsync();
        Assert.EndsWith($"/{path}", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        return page;
    }
}
