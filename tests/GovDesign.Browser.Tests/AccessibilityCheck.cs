using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using GovDesign.Cli.Audit;
using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// Loads a page in Chromium and asserts that axe-core, with the WCAG 2.2 AA rule tags, finds
/// nothing, apart from the named findings on markup that govuk-frontend's scripts write
/// (<see cref="ScriptFindings"/>), which are accepted only when the same page with its scripts
/// removed passes every rule.
/// axe runs as <c>axe.run()</c> in the page (the wrapper's legacy mode), which checks the page and
/// its same-origin frames. The default mode also reaches cross-origin frames, which our pages do
/// not have, at the cost of a blank page per check: measured here, 1.4 s of axe a page against
/// 0.65 s, which decides how long CI takes.
/// </summary>
internal static partial class AccessibilityCheck
{
    public static async Task AssertAccessibleAsync(Chromium chromium, Uri url, string? component = null)
    {
        var (violations, language) = await ViolationsAsync(chromium, url, withoutScripts: false);

        var unexplained = ScriptFindings.Unexplained(component, violations);
        Assert.True(unexplained.Count == 0, $"{url.PathAndQuery}:{Environment.NewLine}{Describe(unexplained)}");
        if (violations.Count > 0)
        {
            var (withoutScripts, _) = await ViolationsAsync(chromium, url, withoutScripts: true);
            Assert.True(withoutScripts.Count == 0, $"{url.PathAndQuery} with JavaScript off:{Environment.NewLine}{Describe(withoutScripts)}");
        }

        AccessibilityResults.Passed(AccessibilityResults.KindOf(url), url, language, state: null, component, violations.Select(v => v.Id));
    }

    /// <summary>
    /// axe's violations on the page, and the page's language; <paramref name="withoutScripts"/> serves the page with
    /// its scripts removed, as a browser with JavaScript off shows it (axe itself still runs).
    /// </summary>
    private static async Task<(IReadOnlyList<AxeResultItem> Violations, string Language)> ViolationsAsync(Chromium chromium, Uri url, bool withoutScripts)
    {
        var page = await chromium.TakeAxePageAsync();
        var reusable = false;
        try
        {
            if (withoutScripts)
            {
                // Every document loses its scripts, the example frames of a guidance page included.
                await page.RouteAsync("**/*", async route =>
                {
                    if (route.Request.ResourceType != "document")
                    {
                        await route.ContinueAsync();
                        return;
                    }

                    var response = await route.FetchAsync();
                    var html = Scripts().Replace(await response.TextAsync(), "");
                    await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = html });
                });
            }

            var loaded = await page.GotoAsync(url.ToString());
            Assert.Equal(200, loaded!.Status);
#pragma warning disable CS0618 // Legacy mode is marked for removal in a later version; the package version is pinned.
            var results = await page.RunAxeLegacy(null, new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AuditSettings.DefaultTags] }, ResultTypes = [ResultType.Violations] }, Chromium.AxeLoaded);
#pragma warning restore CS0618
            reusable = !withoutScripts;
            await AccessibilityResults.NoteEngineAsync(page, results);
            return (results.Violations, await page.EvaluateAsync<string>("document.documentElement.lang"));
        }
        finally
        {
            await chromium.ReleaseAsync(page, reusable);
        }
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join(Environment.NewLine, violations.Select(v =>
        $"{v.Id} ({v.Impact}): {v.Help}{Environment.NewLine}  " + string.Join($"{Environment.NewLine}  ", v.Nodes.Select(n => n.Html))));

    [GeneratedRegex("<script\\b[^>]*>[\\s\\S]*?</script>", RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();
}
