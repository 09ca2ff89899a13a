using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// Several files on one question (<c>maxFiles</c>, issue 16 feature 5) in the runner's test form
/// "documents": the page states pass axe (WCAG 2.2 AA) in English, Welsh and Vietnamese (one file listed,
/// the list full, an error elsewhere with the list, a required error after both files are removed), and
/// with JavaScript off a citizen uploads, removes and goes on, Enter in a text box going on, never removing.
/// </summary>
public sealed class FileListAccessibilityTests(Chromium chromium, RunnerTestFormsServer server) : IClassFixture<RunnerTestFormsServer>
{
    private static FilePayload Pdf(string name) => new() { Name = name, MimeType = "application/pdf", Buffer = "%PDF-1.7\n1 0 obj\n"u8.ToArray() };

    private static async Task UploadAsync(IPage page, string name)
    {
        await page.Locator("input[type=file][name=documents]").SetInputFilesAsync(Pdf(name));
        await page.Locator("button[name=documents-upload]").ClickAsync();
    }

    [Theory]
    [ClassData<RunnerLanguages>]
    public async Task FileList_WithFilesFullAndInError_HasNoAxeViolations(string language)
    {
        await using var context = await chromium.NewAxeContextAsync();
        var page = await RunnerLanguages.StartAsync(await context.NewPageAsync(), server.BaseAddress, "documents", language, "documents");

        await UploadAsync(page, "passport.pdf");
        Assert.Equal(1, await page.Locator(".govuk-summary-list__row").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "file list, one file");

        await UploadAsync(page, "letter.pdf");
        Assert.Equal(0, await page.Locator("input[type=file]").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "file list, full");

        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        Assert.Equal(2, await page.Locator(".govuk-summary-list__row").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "file list, error in another question");

        await page.Locator("button[name=documents-remove]").First.ClickAsync();
        await page.Locator("button[name=documents-remove]").First.ClickAsync();
        await page.Locator("#note").FillAsync("hello");
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal(1, await page.Locator("#documents-error").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "file list, none uploaded, in error");
    }

    [Fact]
    public async Task FileList_WithoutJavaScript_UploadRemoveAndEnterGoesOn()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/documents/documents").ToString());

        await page.Locator("#note").FillAsync("typed first");
        await UploadAsync(page, "passport.pdf");
        await UploadAsync(page, "letter.pdf");
        Assert.Equal("typed first", await page.Locator("#note").InputValueAsync());
        await page.Locator("button[name=documents-remove]").First.ClickAsync();
        Assert.Equal(["letter.pdf"], (await page.Locator(".govuk-summary-list__key").AllInnerTextsAsync()).Select(t => t.Trim()));

        await page.Locator("#note").PressAsync("Enter");

        Assert.EndsWith("/check-answers", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("letter.pdf", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.DoesNotContain("passport.pdf", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}
