using GovDesign.Cli.Forms;
using GovDesign.Tests;
using MimeKit;

namespace GovDesign.Browser.Tests;

/// <summary>The runner serving a form with save and return, its email written to a pickup folder.</summary>
public sealed class SaveAndReturnServer : IAsyncLifetime
{
    private LocalFormRunner? _runner;

    public Uri BaseAddress => _runner!.Address;

    public string Pickup { get; } = Directory.CreateTempSubdirectory("govdesign-pickup-").FullName;

    public async ValueTask InitializeAsync() => _runner = await LocalFormRunner.StartAsync(
        Path.Combine(RepositoryPaths.Root, "tests", "GovDesign.Browser.Tests", "Forms", "garden-plot.json"), _ => { },
        ["--Delivery:Smtp:PickupFolder=" + Pickup, "--Delivery:Smtp:From=forms@example.gov.uk"]);

    /// <summary>The link in the newest message sent to <paramref name="address"/>.</summary>
    public async Task<string> LinkSentToAsync(string address)
    {
        for (var i = 0; i < 100; i++)
        {
            foreach (var file in new DirectoryInfo(Pickup).GetFiles("*.eml").OrderByDescending(f => f.LastWriteTimeUtc))
            {
                var message = await MimeMessage.LoadAsync(file.FullName);
                if (message.To.Mailboxes.Any(m => m.Address == address))
                {
                    return (message.TextBody ?? "").Split('\n').Select(l => l.Trim()).First(l => l.Contains("/save-and-return/", StringComparison.Ordinal));
                }
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException($"No message to {address} in {Pickup}.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_runner is not null)
        {
            await _runner.DisposeAsync();
        }

        Directory.Delete(Pickup, recursive: true);
    }
}

/// <summary>
/// Every page state of save and return passes axe (WCAG 2.2 AA) in English, Welsh and Vietnamese: a
/// question page with "Save and come back later", the address page with an error, "check your email",
/// the page a link opens, and a used and a forged link.
/// </summary>
public sealed class SaveAndReturnAccessibilityTests(Chromium chromium, SaveAndReturnServer server) : IClassFixture<SaveAndReturnServer>
{
    [Theory]
    [ClassData<RunnerLanguages>]
    public async Task SaveAndReturn_EveryPageState_HasNoAxeViolations(string language)
    {
        var address = $"citizen-{language}@example.com";
        await using var context = await chromium.NewAxeContextAsync();
        var page = await RunnerLanguages.StartAsync(await context.NewPageAsync(), server.BaseAddress, "garden-plot", language, "your-name");
        await page.Locator("[name=full-name]").FillAsync("Sam Jones");
        Assert.Equal(1, await page.Locator(".govuk-button-group .govuk-button--secondary").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "question page with save");

        await page.Locator("button[name=save-and-return]").ClickAsync();
        Assert.EndsWith("/save-and-return", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "email address");

        await page.Locator("[name=email]").FillAsync("not an address");
        await page.Locator("main form[method=post] button[type=submit]").ClickAsync();
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "email address with an error");

        await page.Locator("[name=email]").FillAsync(address);
        await page.Locator("main form[method=post] button[type=submit]").ClickAsync();
        Assert.EndsWith("/save-and-return/sent", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "check your email");

        var link = await server.LinkSentToAsync(address);
        await page.GotoAsync(link);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        await FormRunnerCitizen.AssertAccessibleAsync(page, "continue your application");

        await page.Locator("main form[method=post] button[type=submit]").ClickAsync();
        Assert.EndsWith("/contact", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);

        var used = await page.GotoAsync(link);
        Assert.Equal(410, used!.Status);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "a used link");

        var forged = await page.GotoAsync(new Uri(server.BaseAddress, $"/garden-plot/save-and-return/not-a-token?lang={language}").ToString());
        Assert.Equal(404, forged!.Status);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "a forged link");
    }
}
