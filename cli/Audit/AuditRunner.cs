using GovDesign.Cli.Audit.Checks;
using Microsoft.Playwright;

namespace GovDesign.Cli.Audit;

/// <summary>
/// Runs the audit: one headless Chromium, a fresh tab per page, up to <see cref="AuditSettings.Concurrency"/>
/// pages at once; with <see cref="AuditSettings.Crawl"/> it follows same-origin links breadth first.
/// </summary>
internal sealed class AuditRunner(AuditSettings settings)
{
    public static readonly string[] BrowserArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private static readonly string[] NotPages = [".pdf", ".zip", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".css", ".js", ".json", ".xml", ".csv", ".txt", ".docx", ".xlsx", ".odt", ".ods"];

    /// <summary>Audits every page; <paramref name="pageDone"/> hears of each page as it finishes, with pages done and pages known.</summary>
    public async Task<AuditResult> RunAsync(Action<PageResult, int, int> pageDone, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = settings.ChromiumPath, Headless = true, Args = BrowserArgs });
        await using var auditor = new PageAuditor(browser, settings);

        var origins = settings.Urls.Select(u => u.GetLeftPart(UriPartial.Authority)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(Uri Url, int Depth, int Order)>();
        var order = 0;
        foreach (var url in settings.Urls)
        {
            if (seen.Add(Key(url)))
            {
                queue.Enqueue((url, 0, order++));
            }
        }

        var limit = settings.Crawl ? Math.Max(settings.MaxPages, queue.Count) : queue.Count;
        var running = new Dictionary<Task<PageResult>, (int Depth, int Order)>();
        var results = new List<(int Order, PageResult Page)>();
        var launched = 0;
        while (queue.Count > 0 || running.Count > 0)
        {
            while (running.Count < settings.Concurrency && queue.Count > 0 && launched < limit)
            {
                var next = queue.Dequeue();
                launched++;
                running.Add(auditor.AuditAsync(next.Url, cancellationToken), (next.Depth, next.Order));
            }

            if (running.Count == 0)
            {
                break; // the page limit is reached; what is left in the queue stays unaudited
            }

            var done = await Task.WhenAny(running.Keys);
            var (depth, pageOrder) = running[done];
            running.Remove(done);
            var page = await done;
            results.Add((pageOrder, page));
            if (settings.Crawl && depth < settings.Depth)
            {
                foreach (var link in SameOriginPages(page.Links, origins))
                {
                    if (seen.Add(Key(link)))
                    {
                        queue.Enqueue((link, depth + 1, order++));
                    }
                }
            }

            pageDone(page, results.Count, Math.Min(limit, results.Count + running.Count + queue.Count));
        }

        var pages = TitlesUnique(results.OrderBy(r => r.Order).Select(r => r.Page).ToList());
        return new AuditResult(pages, started, clock.Elapsed, settings.Tags);
    }

    private static string Key(Uri url) => url.GetLeftPart(UriPartial.Query);

    private static IEnumerable<Uri> SameOriginPages(IEnumerable<string> links, HashSet<string> origins)
    {
        foreach (var link in links)
        {
            if (Uri.TryCreate(link, UriKind.Absolute, out var uri) && origins.Contains(uri.GetLeftPart(UriPartial.Authority))
                && !NotPages.Any(e => uri.AbsolutePath.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                yield return new Uri(uri.GetLeftPart(UriPartial.Query));
            }
        }
    }

    /// <summary>Adds <see cref="Rules.TitleUnique"/> to every page that shares its title with another audited page.</summary>
    private IReadOnlyList<PageResult> TitlesUnique(List<PageResult> pages)
    {
        if (settings.AxeOnly || settings.Fragments)
        {
            return pages;
        }

        var shared = pages.Where(p => !string.IsNullOrWhiteSpace(p.Title)).GroupBy(p => p.Title!.Trim()).Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Url).ToList());
        return [.. pages.Select(p => p.Title is { } title && shared.TryGetValue(title.Trim(), out var others)
            ? p with { Violations = [.. p.Violations, Rules.TitleUnique.On([new AffectedNode("title", $"<title>{System.Net.WebUtility.HtmlEncode(title)}</title>",
                "Also the title of " + string.Join(", ", others.Where(o => o != p.Url)))])] }
            : p)];
    }
}
