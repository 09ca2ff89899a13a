using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>The form playground in Chromium: axe over its states and a tried form, and a try-out with JavaScript off.</summary>
public sealed class PlaygroundTests(SiteServer site, Chromium chromium)
{
    private const string Broken = """{ "slug": "broken", "title": "Broken", "pages": [ { "path": "a", "questions": [ { "name": "q", "type": "nonsense", "label": "Q?" } ] } ] }""";

    private string Url(string path) => new Uri(site.BaseAddress, path).ToString();

    [Fact]
    public async Task Playground_Empty_HasNoAxeViolations()
    {
        await AccessibilityCheck.AssertAccessibleAsync(chromium, new Uri(site.BaseAddress, "/playground"));
    }

    [Fact]
    public async Task Playground_WithDiagnostics_AndATriedFormPage_HaveNoAxeViolations()
    {
        await using var context = await chromium.NewAxeContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/playground"));

        await page.FillAsync("#definition", Broken);
        await page.ClickAsync("form#playground-form button[type=submit]");
        Assert.True(await page.Locator(".govuk-error-summary__list a").CountAsync() > 0);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "with diagnostics");

        await page.GotoAsync(Url("/playground"));
        await page.ClickAsync("form#playground-form button[type=submit]");
        await page.ClickAsync("button[formaction='/playground/try']");
        await page.Locator("main a.govuk-button").First.ClickAsync();
        Assert.Contains("/playground/try/", page.Url, StringComparison.Ordinal);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "a tried form's first page");
    }

    [Fact]
    public async Task Playground_WithJavaScriptOff_ChecksAndTriesAFormToConfirmation()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(Url("/playground"));

        await page.ClickAsync("form#playground-form button[type=submit]");
        Assert.Equal("This form is valid: 2 pages", (await page.InnerTextAsync("#playground-valid")).Trim());
        await page.ClickAsync("button[formaction='/playground/try']");
        await page.Locator("main a.govuk-button").First.ClickAsync();
        await page.FillAsync("[name='light-location']", "Lamp post 12");
        await page.ClickAsync("main form[method=post] button[type=submit]");
        await page.CheckAsync("input[name='problem'][value='off']");
        await page.ClickAsync("main form[method=post] button[type=submit]");
        Assert.EndsWith("/check-answers", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.Locator("main form[method=post] button[type=submit]").Last.ClickAsync();

        Assert.Matches("/report-a-street-light-[0-9a-f]{16}/confirmation$", new Uri(page.Url).AbsolutePath);
        Assert.Matches("SL-[0-9A-Z]{6}", await page.InnerTextAsync(".govuk-panel"));
    }
}
