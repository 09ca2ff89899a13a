using GovDesign.Forms.Loading;
using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// Every page of every sample form, in every language it offers, passes axe (WCAG 2.2 AA) in its first,
/// error and filled states, with check answers and the confirmation; and one sample is completed with
/// JavaScript off. Each check runs in the citizen's own session, so later pages are really reached.
/// </summary>
public sealed class FormRunnerAccessibilityTests(Chromium chromium, FormRunnerServer server) : IClassFixture<FormRunnerServer>
{
    public static TheoryData<string, string> SamplesAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(FormRunnerServer.SamplesFolder, "*.json").Order(StringComparer.Ordinal))
        {
            var form = FormLoader.LoadFile(file).Form!;
            foreach (var language in form.Languages)
            {
                data.Add(form.Slug, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SamplesAndLanguages))]
    public async Task EveryPage_FirstErrorAndFilledStates_HaveNoAxeViolations(string slug, string language)
    {
        var form = FormRunnerCitizen.Load(slug);
        await using var context = await chromium.NewAxeContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, $"/{slug}/?lang={language}").ToString());
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        await FormRunnerCitizen.AssertAccessibleAsync(page, "start");
        await page.Locator("a.govuk-button--start").ClickAsync();

        var visited = new List<string>();
        for (var step = 0; step < 80 && (await FormRunnerCitizen.ThroughTaskListAsync(page) || FormRunnerCitizen.Current(page, form) is { IsExit: false }); step++)
        {
            if (FormRunnerCitizen.Current(page, form) is not { IsExit: false } definition)
            {
                continue;
            }

            visited.Add(page.Url);
            await FormRunnerCitizen.AssertAccessibleAsync(page, "first");
            if (definition.Repeat is not null && !new Uri(page.Url).AbsolutePath.TrimEnd('/').Split('/')[^1].All(char.IsDigit))
            {
                await page.Locator("input[name='add-another'][value='no']").CheckAsync();
                await FormRunnerCitizen.ContinueAsync(page);
                continue;
            }

            await FormRunnerCitizen.ContinueAsync(page);
            if (await page.Locator(".govuk-error-summary").CountAsync() > 0)
            {
                await FormRunnerCitizen.AssertAccessibleAsync(page, "error");
            }

            if (FormRunnerCitizen.Current(page, form)?.Path == definition.Path)
            {
                await FormRunnerCitizen.FillAsync(page, definition);
                await FormRunnerCitizen.ContinueAsync(page);
            }
        }

        Assert.EndsWith("/check-answers", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "check answers");
        foreach (var url in visited)
        {
            await page.GotoAsync(url);
            await FormRunnerCitizen.AssertAccessibleAsync(page, "filled");
        }

        await page.GotoAsync(new Uri(server.BaseAddress, $"/{slug}/check-answers").ToString());
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.EndsWith("/confirmation", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "confirmation");
    }

    [Fact]
    public async Task RoadProblem_WithJavaScriptOff_CompletesToTheConfirmation()
    {
        var form = FormRunnerCitizen.Load("report-a-road-problem");
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/report-a-road-problem/").ToString());
        await page.Locator("a.govuk-button--start").ClickAsync();

        for (var step = 0; step < 40 && FormRunnerCitizen.Current(page, form) is { IsExit: false } definition; step++)
        {
            await FormRunnerCitizen.FillAsync(page, definition);
            await FormRunnerCitizen.ContinueAsync(page);
        }

        await FormRunnerCitizen.ContinueAsync(page);

        Assert.EndsWith("/confirmation", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator(".govuk-panel strong").TextContentAsync()));
    }
}
