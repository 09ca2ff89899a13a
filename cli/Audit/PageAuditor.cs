using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using GovDesign.Cli.Audit.Checks;
using Microsoft.Playwright;

namespace GovDesign.Cli.Audit;

/// <summary>
/// Audits pages: once the page and its frames are ready (<see cref="PageReadiness"/>), GovDesign's one-pass checks and axe, then the checks that change the page. Each concurrent audit keeps
/// one tab in a browser context of its own and loads page after page into it, since a new context or tab
/// costs more than auditing a small page. Between pages the context is emptied (cookies, permissions and
/// the page's storage), so no page sees what an earlier one left, an accepted cookie banner say; the HTTP
/// cache stays, as it would for a visitor.
/// </summary>
internal sealed class PageAuditor(IBrowser browser, AuditSettings settings) : IAsyncDisposable
{
    public const int ViewportWidth = 1280;
    public const int ViewportHeight = 800;
    private const int MaxScreenshotHeight = 6000;

    private readonly ConcurrentBag<IPage> _idle = [];
    private readonly ConcurrentBag<IBrowserContext> _contexts = [];
    private readonly AxeAudit _axe = new(settings);

    /// <summary>The response that brought each tab its current document, for the source the markup check reads.</summary>
    private readonly ConditionalWeakTable<IPage, IResponse> _documents = [];

    /// <summary>
    /// A context with the audit's viewport, and axe-core loaded into every document before the page's own
    /// scripts: Chromium keeps the script and compiles it in each page, where sending it with every audit
    /// took longer than axe's run.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = ViewportWidth, Height = ViewportHeight } });
        await context.AddInitScriptAsync(AxeAudit.Source);
        await context.AddInitScriptAsync(AxeAudit.Branding);
        await context.AddInitScriptAsync(FramedAxeRun.Marker);
        await context.AddInitScriptAsync(ScanScripts.ListenerHook);
        context.Response += (_, response) =>
        {
            if (response.Request.IsNavigationRequest && response.Frame.ParentFrame is null)
            {
                _documents.AddOrUpdate(response.Frame.Page, response);
            }
        };
        _contexts.Add(context);
        return context;
    }

    public async Task<PageResult> AuditAsync(Uri url, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var page = _idle.TryTake(out var idle) ? idle : await (await NewContextAsync()).NewPageAsync();
        var reusable = false;
        try
        {
            var response = await page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
            if (response is null || !response.Ok)
            {
                reusable = true;
                return new PageResult(url.ToString(), null, [], clock.Elapsed, $"The page answered {(response is null ? "nothing" : $"HTTP {response.Status}")}.");
            }

            cancellationToken.ThrowIfCancellationRequested();
            var result = await AuditOpenPageAsync(page, url.ToString(), clock);
            reusable = true;
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new PageResult(url.ToString(), null, [], clock.Elapsed, e.Message.Split('\n')[0]);
        }
        finally
        {
            await ReleaseAsync(page, reusable);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    /// <summary>Empties the tab's context for the next page; a tab whose audit failed part-way (its viewport may be changed) is closed with its context.</summary>
    private async Task ReleaseAsync(IPage page, bool reusable)
    {
        try
        {
            if (reusable)
            {
                await page.EvaluateAsync(PageScripts.ForgetStorage);
                await page.Context.ClearCookiesAsync();
                await page.Context.ClearPermissionsAsync();
                _idle.Add(page);
                return;
            }
        }
        catch (PlaywrightException)
        {
            // The page or its browser is gone: start afresh next time.
        }

        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Audits the page as the browser shows it now, without loading it again: the form walker uses it for
    /// pages reached by a POST (error states), which a fresh GET would not show. <paramref name="label"/>
    /// names the page in the reports.
    /// </summary>
    public async Task<PageResult> AuditOpenPageAsync(IPage page, string label, Stopwatch clock)
    {
        await PageReadiness.WaitAsync(page);
        var overview = await PageJson.EvaluateAsync<Overview>(page, PageScripts.Overview);
        var violations = new List<Violation>();
        if (!settings.AxeOnly && !settings.Fragments)
        {
            violations.AddRange(await PageChecks.FormErrorsAsync(page));
        }

        if (!settings.AxeOnly)
        {
            violations.AddRange(await PageChecks.ScanAsync(page, settings.Fragments));
            violations.AddRange(MarkupCheck.Run(await SourceAsync(page)));
        }

        violations.AddRange((await _axe.RunAsync(page)).Violations);
        if (!settings.AxeOnly && !settings.Fragments)
        {
            violations.AddRange(PageChecks.Title(overview.Title));
            violations.AddRange(await KeyboardCheck.RunAsync(page));
            violations.AddRange(await DisclosureCheck.RunAsync(page));
            violations.AddRange(await DialogCheck.RunAsync(page));
            violations.AddRange(await PageChecks.TextSpacingAsync(page));
            violations.AddRange(await PageChecks.ReflowAsync(page));
        }

        var (kept, accepted) = settings.Accepted.Count > 0 ? await AcceptedFindings.SplitAsync(page, violations, settings.Accepted) : (violations, []);
        var screenshot = settings.Screenshots && kept.Count > 0 ? await ScreenshotAsync(page, kept) : null;
        return new PageResult(label, overview.Title, kept, clock.Elapsed) { Screenshot = screenshot, Links = overview.Links, Accepted = accepted };
    }

    /// <summary>The HTML source of the tab's current document as the server sent it, or null when the browser no longer has it.</summary>
    private async Task<string?> SourceAsync(IPage page)
    {
        if (!_documents.TryGetValue(page, out var response) || !response.Ok)
        {
            return null;
        }

        try
        {
            return await response.TextAsync();
        }
        catch (PlaywrightException)
        {
            return null;
        }
    }

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
