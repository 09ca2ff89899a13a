using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using GovDesign.Cli.Audit;
using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// One headless Chromium for the whole test run: the operating system's own (test.sh installs it),
/// found as the audit finds it (<see cref="ChromiumLocator"/>: GOVDESIGN_CHROMIUM, then the usual
/// paths). Playwright never downloads a browser here.
/// axe-core is loaded into the tabs it lends (<see cref="TakeAxePageAsync"/>) as an init script, once per
/// context, and tabs are used again page after page: sending axe's half a megabyte with each check, into a
/// new context each time, cost more than axe's own run.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>What <c>RunAxeLegacy</c> is given as axe's source when axe is loaded already.</summary>
    public const string AxeLoaded = "void 0";

    private static readonly string AxeSource = new BundledAxeScriptProvider().GetScript();
    private readonly ConcurrentBag<IPage> _idle = [];
    private readonly ConcurrentBag<IPage> _narrowIdle = [];
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var (path, missing) = ChromiumLocator.Find(explicitPath: null);
        if (path is null)
        {
            throw new InvalidOperationException($"{missing} (./test.sh installs it.)");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new context whose every document, frames included, has axe-core loaded before its own scripts.</summary>
    public async Task<IBrowserContext> NewAxeContextAsync()
    {
        var context = await Browser.NewContextAsync();
        await context.AddInitScriptAsync(AxeSource);
        return context;
    }

    /// <summary>A tab with axe loaded: an idle one, emptied of cookies and storage, or a new one.</summary>
    public async Task<IPage> TakeAxePageAsync() =>
        _idle.TryTake(out var page) ? page : await (await NewAxeContextAsync()).NewPageAsync();

    /// <summary>
    /// Gives a tab back for the next check once its cookies and storage are emptied; a tab whose check
    /// went wrong (<paramref name="reusable"/> false) is closed with its context instead.
    /// </summary>
    public async Task ReleaseAsync(IPage page, bool reusable)
    {
        if (reusable)
        {
            await page.EvaluateAsync("() => { try { localStorage.clear(); sessionStorage.clear(); } catch { } }");
            await page.Context.ClearCookiesAsync();
            _idle.Add(page);
            return;
        }

        await page.Context.CloseAsync();
    }

    /// <summary>
    /// A tab 320 CSS pixels wide and 640 high, the width WCAG 1.4.10 reflows at, without axe: an idle one or a new one.
    /// A new context for each check would start a new renderer, with empty caches, each time.
    /// </summary>
    public async Task<IPage> TakeNarrowPageAsync() => _narrowIdle.TryTake(out var page)
        ? page
        : await (await Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } })).NewPageAsync();

    /// <summary>Gives a narrow tab back for the next check, or closes it with its context when its check went wrong.</summary>
    public async Task ReleaseNarrowAsync(IPage page, bool reusable)
    {
        if (reusable)
        {
            await page.Context.ClearCookiesAsync();
            _narrowIdle.Add(page);
            return;
        }

        await page.Context.CloseAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
