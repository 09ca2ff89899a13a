using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// A summary page part-way (section-summary.json in the runner tests' forms) passes axe (WCAG 2.2 AA) in
/// English, Welsh and Vietnamese, and its Change links and Continue work with JavaScript off.
/// </summary>
public sealed class SectionSummaryBrowserTests(Chromium chromium, RunnerTestFormsServer server) : IClassFixture<RunnerTestFormsServer>
{
    [Theory]
    [InlineData("en")]
    [InlineData("cy")]
    [InlineData("vi")]
    public async Task SummaryPage_AndAChangeFromIt_HaveNoAxeViolations(string language)
    {
        await using var context = await chromium.NewAxeContextAsync();
        var page = await ToSummaryAsync(context, language);
        Assert.Equal(2, await page.Locator(".govuk-summary-card").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "summary part-way");

        await page.Locator(".govuk-summary-list__actions a").First.ClickAsync();
        Assert.Contains("returnTo=so-far", page.Url, StringComparison.Ordinal);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "change from a summary part-way");

        await FormRunnerCitizen.ContinueAsync(page);
        Assert.EndsWith("/so-far", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SummaryPage_WithJavaScriptOff_ChangesComeBackAndContinueGoesOn()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await ToSummaryAsync(context, "en");

        await page.Locator("a[href*='/has-pet?returnTo=so-far']").ClickAsync();
        await page.Locator("input[name=has-pet][value=yes]").CheckAsync();
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal("/section-summary/pet-rules?returnTo=so-far", new Uri(page.Url).PathAndQuery);
        await FormRunnerCitizen.ContinueAsync(page);
        await page.Locator("[name=pet-name]").FillAsync("Rex");
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.EndsWith("/so-far", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Rex", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await FormRunnerCitizen.ContinueAsync(page);
        Assert.EndsWith("/email", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    private async Task<IPage> ToSummaryAsync(IBrowserContext context, string language)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, $"/section-summary/?lang={language}").ToString());
        await page.Locator("a.govuk-button--start").ClickAsync();
        await page.Locator("[name=full-name]").FillAsync("Sam Jones");
        await FormRunnerCitizen.ContinueAsync(page);
        await page.Locator("input[name=has-pet][value=no]").CheckAsync();
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.EndsWith("/so-far", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        return page;
    }
}
