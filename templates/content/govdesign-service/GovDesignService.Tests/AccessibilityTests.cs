using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace GovDesignService.Tests;

/// <summary>Each page in a real browser, checked by axe-core against WCAG 2.2 AA.</summary>
public sealed class AccessibilityTests(RunningService service, Chromium chromium) : IClassFixture<RunningService>, IClassFixture<Chromium>
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    [Theory]
    [InlineData("")]
    [InlineData("full-name")]
    [InlineData("date-of-birth")]
    public async Task Page_InABrowser_HasNoAxeViolations(string path)
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(new Uri(service.BaseAddress, path).ToString());
#pragma warning disable CS0618 // axe.run() in the page itself, which checks the page and its same-origin frames.
        var results = await page.Locator("html").RunAxeLegacy(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
#pragma warning restore CS0618

        Assert.Equal(200, response?.Status);
        Assert.True(results.Violations.Length == 0, string.Join(Environment.NewLine, results.Violations.Select(v => $"{v.Id}: {v.Help}")));
    }
}
