using GovDesign.Cli.Audit;
using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// One headless Chromium for the whole test run: the operating system's own (test.sh installs it),
/// found as the audit finds it (<see cref="ChromiumLocator"/>: GOVDESIGN_CHROMIUM, then the usual
/// paths). Playwright never downloads a browser here.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
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

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
