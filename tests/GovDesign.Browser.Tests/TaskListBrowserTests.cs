using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// A task list form (task-list.json in the runner tests' forms) passes axe (WCAG 2.2 AA) in English, Welsh and
/// Vietnamese in each state of its task list and on a task's own check answers, and can be completed and sent
/// with JavaScript off.
/// </summary>
public sealed class TaskListBrowserTests(Chromium chromium, RunnerTestFormsServer server) : IClassFixture<RunnerTestFormsServer>
{
    [Theory]
    [InlineData("en")]
    [InlineData("cy")]
    [InlineData("vi")]
    public async Task TaskListStates_AndATasksCheckAnswers_HaveNoAxeViolations(string language)
    {
        await using var context = await chromium.NewAxeContextAsync();
        var page = await OpenAsync(context, language);
        Assert.Equal(2, await page.Locator(".govuk-task-list__status--cannot-start-yet").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "task list, nothing started");

        await page.Locator(".govuk-task-list a").First.ClickAsync();
        await page.Locator("[name=full-name]").FillAsync("Sam Jones");
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.EndsWith("/tasks/about-you", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "a task's check answers");

        await FormRunnerCitizen.ContinueAsync(page);
        await page.Locator(".govuk-task-list a[href*='/has-pet']").ClickAsync();
        await page.Locator("input[name=has-pet][value=yes]").CheckAsync();
        await FormRunnerCitizen.ContinueAsync(page);
        await page.GotoAsync(new Uri(server.BaseAddress, $"/task-list/tasks?lang={language}").ToString());
        Assert.Equal(1, await page.Locator(".govuk-tag--light-blue").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "task list, completed and in progress");
    }

    [Fact]
    public async Task EveryTask_WithJavaScriptOff_CompletesAndSends()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await OpenAsync(context, "en");

        foreach (var (task, field, value) in new[] { ("full-name", "full-name", "Sam Jones"), ("has-pet", "has-pet", "no"), ("email", "email", "sam@example.com") })
        {
            await page.Locator($".govuk-task-list a[href$='/{task}']").ClickAsync();
            if (field == "has-pet")
            {
                await page.Locator($"input[name={field}][value={value}]").CheckAsync();
            }
            else
            {
                await page.Locator($"[name={field}]").FillAsync(value);
            }

            await FormRunnerCitizen.ContinueAsync(page);
            await FormRunnerCitizen.ContinueAsync(page);
            Assert.EndsWith("/task-list/tasks", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        }

        await page.Locator(".govuk-task-list a[href$='/check-answers']").ClickAsync();
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.EndsWith("/confirmation", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    private async Task<IPage> OpenAsync(IBrowserContext context, string language)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, $"/task-list/?lang={language}").ToString());
        await page.Locator("a.govuk-button--start").ClickAsync();
        Assert.EndsWith("/task-list/tasks", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        return page;
    }
}
