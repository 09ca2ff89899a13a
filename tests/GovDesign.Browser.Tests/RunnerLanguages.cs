using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// A runner page state passes axe in each language the runner speaks: a theory takes them as its rows
/// (<c>[Theory, ClassData&lt;RunnerLanguages&gt;]</c>), and each row starts its journey with <see cref="StartAsync"/>
/// in a context from <see cref="Chromium.NewAxeContextAsync"/>, then checks each state with
/// <see cref="FormRunnerCitizen.AssertAccessibleAsync"/>.
/// </summary>
public sealed class RunnerLanguages : TheoryData<string>
{
    private static readonly string[] Languages = ["en", "cy", "vi"];

    public RunnerLanguages()
        : base(Languages)
    {
    }

    /// <summary>
    /// Opens a form's start page in <paramref name="language"/> and presses its start button; the citizen is then on
    /// <paramref name="firstPath"/>, a page in that language.
    /// </summary>
    /// <param name="page">The tab, new or with routes of its own.</param>
    /// <param name="runner">The runner's address.</param>
    /// <param name="slug">The form.</param>
    /// <param name="language">The language asked for in the address.</param>
    /// <param name="firstPath">The path of the form's first page.</param>
    /// <param name="query">More of the start page's query, such as <c>&amp;booking=AB1234</c>.</param>
    public static async Task<IPage> StartAsync(IPage page, Uri runner, string slug, string language, string firstPath, string query = "")
    {
        await page.GotoAsync(new Uri(runner, $"/{slug}/?lang={language}{query}").ToString());
        await page.Locator("a.govuk-button--start").ClickAsync();
        Assert.EndsWith($"/{firstPath}", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
        return page;
    }
}
