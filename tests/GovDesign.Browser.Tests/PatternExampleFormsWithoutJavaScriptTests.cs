using GovDesign.Site.Examples;
using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// The pattern examples whose forms post to the demonstration's "next" page work with JavaScript off: the
/// button sends the form and the browser lands on a real page, not an error.
/// </summary>
public sealed class PatternExampleFormsWithoutJavaScriptTests(SiteServer site, Chromium chromium)
{
    public static TheoryData<string> ExamplesWithForms() =>
    [
        "patterns/create-accounts/save-and-return",
        "patterns/create-a-username/question",
        "patterns/check-a-service-is-suitable/question",
        "patterns/confirm-an-email-address/enter-code",
        "patterns/confirm-a-phone-number/enter-code",
        "patterns/equality-information/question",
    ];

    [Theory]
    [MemberData(nameof(ExamplesWithForms))]
    public async Task Continue_WithoutJavaScript_LandsOnTheNextPage(string id)
    {
        var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, ExampleCatalogue.Find(id)!.Url).ToString());

        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/patterns/demo/next");

        Assert.StartsWith("The example stops here", await page.TitleAsync(), StringComparison.Ordinal);
    }
}
