using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>axe-core with the WCAG 2.2 AA rule tags.</summary>
internal static class Accessibility
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static async Task<IReadOnlyList<AxeResultItem>> ViolationsAsync(IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        return results.Violations;
    }

    public static string Describe(IEnumerable<AxeResultItem> violations) => string.Join(Environment.NewLine, violations.Select(v =>
        $"{v.Id} ({v.Impact}): {v.Help}{Environment.NewLine}  " + string.Join($"{Environment.NewLine}  ", v.Nodes.Select(n => n.Html))));
}
