using GovDesign.Cli.Forms;
using GovDesign.Tests;
using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>The runner serving the runner tests' own forms (tests/GovDesign.Forms.Runner.Tests/Forms), which show states the samples do not reach.</summary>
public sealed class RunnerTestFormsServer : IAsyncLifetime
{
    private LocalFormRunner? _runner;

    public Uri BaseAddress => _runner!.Address;

    public async ValueTask InitializeAsync() =>
        _runner = await LocalFormRunner.StartAsync(Path.Combine(RepositoryPaths.Root, "tests", "GovDesign.Forms.Runner.Tests", "Forms"));

    public async ValueTask DisposeAsync()
    {
        if (_runner is not null)
        {
            await _runner.DisposeAsync();
        }
    }
}

/// <summary>
/// Page states added for issue 16 pass axe (WCAG 2.2 AA) in English, Welsh and Vietnamese: content blocks
/// on a question page (first and error) and a content page; an add-another list of cards, before and
/// after the first item, and an item page with its caption; an upload page after an error elsewhere and
/// after a file over its limit.
/// </summary>
public sealed class RunnerPageStatesAccessibilityTests(Chromium chromium, RunnerTestFormsServer server) : IClassFixture<RunnerTestFormsServer>
{
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    [Theory]
    [ClassData<RunnerLanguages>]
    public async Task ContentBlocks_QuestionAndContentPages_HaveNoAxeViolations(string language)
    {
        await using var context = await chromium.NewAxeContextAsync();
        var page = await RunnerLanguages.StartAsync(await context.NewPageAsync(), server.BaseAddress, "content-blocks", language, "stall");
        await FormRunnerCitizen.AssertAccessibleAsync(page, "content blocks");

        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "content blocks with errors");

        await page.Locator("[name=width]").FillAsync("3");
        await page.Locator("[name=depth]").FillAsync("2");
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.EndsWith("/before-you-send", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "content page");
    }

    [Theory]
    [ClassData<RunnerLanguages>]
    public async Task AddAnother_ListOfCardsAndItemPage_HaveNoAxeViolations(string language)
    {
        await using var context = await chromium.NewAxeContextAsync();
        var page = await RunnerLanguages.StartAsync(await context.NewPageAsync(), server.BaseAddress, "optional-repeat", language, "pets");
        await FormRunnerCitizen.AssertAccessibleAsync(page, "no items yet");

        await page.Locator("input[name='add-another'][value='yes']").CheckAsync();
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal(1, await page.Locator(".govuk-caption-l").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "item page");

        await page.Locator("[name=pet-name]").FillAsync("Rex");
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal(1, await page.Locator(".govuk-summary-card").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "a card per item");

        await FormRunnerCitizen.ContinueAsync(page);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "a card per item, with an error");
    }

    [Theory]
    [ClassData<RunnerLanguages>]
    public async Task UploadPage_AfterAnErrorElsewhere_AndAFileTooBig_HasNoAxeViolations(string language)
    {
        await using var context = await chromium.NewAxeContextAsync();
        var page = await RunnerLanguages.StartAsync(await context.NewPageAsync(), server.BaseAddress, "upload", language, "evidence");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "first.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Contains("first.pdf", await page.Locator("#evidence-hint").TextContentAsync(), StringComparison.Ordinal);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "file kept, error elsewhere");

        await page.Locator("[name=note]").FillAsync("hello");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "big.pdf", MimeType = "application/pdf", Buffer = [.. Pdf, .. new byte[2 * 1024 * 1024]] });
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal("hello", await page.Locator("[name=note]").InputValueAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "file over its limit");
    }
}
