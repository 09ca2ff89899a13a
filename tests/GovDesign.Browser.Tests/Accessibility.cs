using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// axe-core with the WCAG 2.2 AA rule tags. It runs as <c>axe.run()</c> in the page (the wrapper's
/// legacy mode), which checks the page and its same-origin frames. The default mode also reaches
/// cross-origin frames, which our pages do not have, at the cost of a blank page per check:
/// measured here, 1.4 s of axe a page against 0.65 s, which decides how long CI takes.
/// </summary>
internal static class Accessibility
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static async Task<IReadOnlyList<AxeResultItem>> ViolationsAsync(IPage page)
    {
#pragma warning disable CS0618 // Legacy mode is marked for removal in a later version; the package version is pinned.
        var results = await page.Locator("html").RunAxeLegacy(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
#pragma warning restore CS0618
        return results.Violations;
    }

    public static string Describe(IEnumerable<AxeResultItem> violations) => string.Join(Environment.NewLine, violations.Select(v =>
        $"{v.Id} ({v.Impact}): {v.Help}{Environment.NewLine}  " + string.Join($"{Environment.NewLine}  ", v.Nodes.Select(n => n.Html))));
}
