using GovDesign.Cli.Audit;
using Microsoft.Playwright;

namespace GovDesign.Cli.Tests;

/// <summary>One headless Chromium, launched as the audit launches it, for tests that drive <see cref="AxeAudit"/> themselves.</summary>
public sealed class AxeBrowser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    internal IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Cli.ChromiumPath, Headless = true, Args = AuditRunner.BrowserArgs });
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
