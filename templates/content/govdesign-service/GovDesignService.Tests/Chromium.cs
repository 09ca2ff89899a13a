using Microsoft.Playwright;

namespace GovDesignService.Tests;

/// <summary>
/// One headless Chromium for the accessibility tests: the one named by GOVDESIGN_CHROMIUM, or the
/// system's, or else Playwright's own (run <c>pwsh bin/Debug/net10.0/playwright.ps1 install chromium</c>
/// once to download it).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var path = new[] { Environment.GetEnvironmentVariable("GOVDESIGN_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .FirstOrDefault(candidate => !string.IsNullOrEmpty(candidate) && File.Exists(candidate));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = path, Headless = true, Args = ["--no-sandbox"] });
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
