using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// Loads a page in Chromium and asserts that axe finds nothing, apart from the named findings on
/// markup that govuk-frontend's scripts write (<see cref="ScriptFindings"/>), which are accepted
/// only when the same page with its scripts removed passes every rule.
/// </summary>
internal static partial class AccessibilityCheck
{
    public static async Task AssertAccessibleAsync(Chromium chromium, Uri url, string? component = null)
    {
        var violations = await ViolationsAsync(chromium, url, withoutScripts: false);

        var unexplained = ScriptFindings.Unexplained(component, violations);
        Assert.True(unexplained.Count == 0, $"{url.PathAndQuery}:{Environment.NewLine}{Accessibility.Describe(unexplained)}");
        if (violations.Count > 0)
        {
            var withoutScripts = await ViolationsAsync(chromium, url, withoutScripts: true);
            Assert.True(withoutScripts.Count == 0, $"{url.PathAndQuery} with JavaScript off:{Environment.NewLine}{Accessibility.Describe(withoutScripts)}");
        }
    }

    /// <summary>
    /// axe's violations on the page; <paramref name="withoutScripts"/> serves the page with its
    /// scripts removed, as a browser with JavaScript off shows it (axe itself still runs).
    /// </summary>
    private static async Task<IReadOnlyList<AxeResultItem>> ViolationsAsync(Chromium chromium, Uri url, bool withoutScripts)
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        if (withoutScripts)
        {
            await page.RouteAsync(url.ToString(), async route =>
            {
                var response = await route.FetchAsync();
                var html = Scripts().Replace(await response.TextAsync(), "");
                await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = html });
            });
        }

        var loaded = await page.GotoAsync(url.ToString());
        Assert.Equal(200, loaded!.Status);
        return await Accessibility.ViolationsAsync(page);
    }

    [GeneratedRegex("<script\\b[^>]*>[\\s\\S]*?</script>", RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();
}
