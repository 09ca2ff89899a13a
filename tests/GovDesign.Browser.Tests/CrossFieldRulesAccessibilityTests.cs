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
    [ClassData<RunnerLanguages>]
    public async Task RuleErrors_HaveNoAxeViolations(string language)
    {
        await using var context = await chromium.NewAxeContextAsync();
        var page = await RunnerLanguages.StartAsync(await context.NewPageAsync(), server.BaseAddress, "cross-field-rules", language, "dates");
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
    [ClassData<RunnerLanguages>]
    public async Task AnswersInText_HaveNoAxeViolations(string language)
    {
        await using var context = await chromium.NewAxeContextAsync();
        var page = await RunnerLanguages.StartAsync(await context.NewPageAsync(), server.BaseAddress, "answers-in-text", language, "about-you");
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
}
