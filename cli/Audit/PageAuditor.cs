using System.Diagnostics;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using GovDesign.Cli.Audit.Checks;
using Microsoft.Playwright;

namespace GovDesign.Cli.Audit;

/// <summary>Audits one page in a browser context of its own: axe first, on the page as it loaded, then GovDesign's checks.</summary>
internal sealed class PageAuditor(IBrowser browser, AuditSettings settings)
{
    public const int ViewportWidth = 1280;
    public const int ViewportHeight = 800;
    private const int MaxScreenshotHeight = 6000;

    public async Task<PageResult> AuditAsync(Uri url, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = ViewportWidth, Height = ViewportHeight } });
        var page = await context.NewPageAsync();
        try
        {
            var response = await page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
            if (response is null || !response.Ok)
            {
                return new PageResult(url.ToString(), null, [], clock.Elapsed, $"The page answered {(response is null ? "nothing" : $"HTTP {response.Status}")}.");
            }

            cancellationToken.ThrowIfCancellationRequested();
            return await AuditOpenPageAsync(page, url.ToString(), clock);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new PageResult(url.ToString(), null, [], clock.Elapsed, e.Message.Split('\n')[0]);
        }
    }

    /// <summary>
    /// Audits the page as the browser shows it now, without loading it again: the form walker uses it for
    /// pages reached by a POST (error states), which a fresh GET would not show. <paramref name="label"/>
    /// names the page in the reports.
    /// </summary>
    public async Task<PageResult> AuditOpenPageAsync(IPage page, string label, Stopwatch clock)
    {
        var overview = await PageJson.EvaluateAsync<Overview>(page, PageScripts.Overview);
        var violations = new List<Violation>();
        if (!settings.AxeOnly)
        {
            violations.AddRange(await PageChecks.FormErrorsAsync(page));
        }

        violations.AddRange(await AxeAsync(page));
        if (!settings.AxeOnly)
        {
            violations.AddRange(PageChecks.Title(overview.Title));
            violations.AddRange(await KeyboardCheck.RunAsync(page));
            violations.AddRange(await PageChecks.TextSpacingAsync(page));
            violations.AddRange(await PageChecks.ReflowAsync(page));
        }

        var screenshot = settings.Screenshots && violations.Count > 0 ? await ScreenshotAsync(page, violations) : null;
        return new PageResult(label, overview.Title, violations, clock.Elapsed) { Screenshot = screenshot, Links = overview.Links };
    }

    private async Task<IEnumerable<Violation>> AxeAsync(IPage page)
    {
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. settings.Tags] }, ResultTypes = [ResultType.Violations] };
#pragma warning disable CS0618 // Legacy mode (axe.run in the page) is marked for removal later; the package version is pinned and it is twice as fast.
        AxeResult results;
        if (settings.Include.Count > 0 || settings.Exclude.Count > 0)
        {
            var context = new AxeRunContext
            {
                Include = settings.Include.Count > 0 ? [.. settings.Include.Select(s => new AxeSelector(s))] : null,
                Exclude = settings.Exclude.Count > 0 ? [.. settings.Exclude.Select(s => new AxeSelector(s))] : null,
            };
            results = await page.RunAxeLegacy(context, options);
        }
        else
        {
            results = await page.Locator("html").RunAxeLegacy(options);
        }
#pragma warning restore CS0618
        return results.Violations.Select(v => new Violation(
            v.Id, "axe", ParseImpact(v.Impact), v.Description, v.Help, v.HelpUrl, Wcag.FromTags(v.Tags ?? []),
            [.. v.Nodes.Select(n => new AffectedNode(n.Target?.ToString() ?? "", n.Html, Summary(n)))]));
    }

    private static string? Summary(AxeResultNode node)
    {
        var any = (node.Any ?? []).Select(c => c.Message).ToList();
        var all = (node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).ToList();
        var parts = new List<string>();
        if (any.Count > 0)
        {
            parts.Add("Fix any of: " + string.Join("; ", any));
        }

        if (all.Count > 0)
        {
            parts.Add("Fix all of: " + string.Join("; ", all));
        }

        return parts.Count > 0 ? string.Join(". ", parts) : null;
    }

    private static Impact ParseImpact(string? impact) => Enum.TryParse<Impact>(impact, ignoreCase: true, out var parsed) ? parsed : Impact.Moderate;

    private static async Task<byte[]> ScreenshotAsync(IPage page, IEnumerable<Violation> violations)
    {
        var selectors = violations.SelectMany(v => v.Nodes).Select(n => n.Selector).Where(s => s is not ("html" or "title")).Distinct().ToArray();
        await page.EvaluateAsync(PageScripts.Outline, selectors);
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        return await page.ScreenshotAsync(new()
        {
            FullPage = true,
            Type = ScreenshotType.Jpeg,
            Quality = 55,
            Clip = new Clip { X = 0, Y = 0, Width = ViewportWidth, Height = Math.Clamp(height, 1, MaxScreenshotHeight) },
        });
    }

    private sealed class Overview
    {
        public string? Title { get; set; }

        public List<string> Links { get; set; } = [];
    }
}
