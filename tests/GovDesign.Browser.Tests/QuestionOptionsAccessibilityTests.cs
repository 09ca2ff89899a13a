using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// The page states of the question options (issue 16, feature 5) pass axe (WCAG 2.2 AA) in English, Welsh
/// and Vietnamese: questions revealed under a radio and a checkbox, closed, open and in error; a "None"
/// checkbox chosen with another; a choice
/// shown as a select, and in error; a word count; a UK address with its county line; a time, prefilled from
/// the link and in error; check answers with a locked answer. And with JavaScript
/// off the revealed questions show under their options and the journey goes on. On radios that reveal,
/// the one finding accepted is on the attribute govuk-frontend's script adds (see <see cref="ScriptFindings"/>),
/// and the same states with the scripts removed pass every rule.
/// </summary>
public sealed partial class QuestionOptionsAccessibilityTests(Chromium chromium, RunnerTestFormsServer server) : IClassFixture<RunnerTestFormsServer>
{
    [Theory]
    [ClassData<RunnerLanguages>]
    public async Task RevealedQuestions_ClosedOpenAndInError_HaveNoAxeViolations(string language)
    {
        await using var context = await chromium.NewAxeContextAsync();
        var page = await RunnerLanguages.StartAsync(await context.NewPageAsync(), server.BaseAddress, "question-options", language, "contact", "&booking=AB1234&arrival=09:30");
        Assert.False(await page.Locator("#contact-email").IsVisibleAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "reveal closed", "radios");

        await page.Locator("input[name='contact-by'][value='email']").CheckAsync();
        Assert.True(await page.Locator("#contact-email").IsVisibleAsync());
        Assert.Equal("true", await page.Locator("input[name='contact-by'][value='email']").GetAttributeAsync("aria-expanded"));
        await FormRunnerCitizen.AssertAccessibleAsync(page, "reveal open", "radios");

        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal(1, await page.Locator("#conditional-contact-by .govuk-error-message").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "revealed question in error", "radios");

        await page.Locator("#contact-email").FillAsync("sam@example.com");
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal("exclusive", await page.Locator("input[name='help-with'][value='none']").GetAttributeAsync("data-behaviour"));

        // Ticked together without the script's help (it would untick the others), as a browser without JavaScript can post them.
        await page.EvalOnSelectorAllAsync("input[name='help-with'][value='money'], input[name='help-with'][value='none']", "boxes => boxes.forEach(b => b.checked = true)");
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal(1, await page.Locator(".govuk-form-group--error input[value='none']").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "exclusive option chosen with another, in error");

        await page.Locator("input[name='help-with'][value='forms']").CheckAsync();
        await FormRunnerCitizen.AssertAccessibleAsync(page, "reveal under a checkbox, with a word count");

        await page.Locator("#forms-detail").FillAsync("Tax credits");
        await FormRunnerCitizen.ContinueAsync(page);
        await page.Locator("#landline").FillAsync("029 2018 3000");
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.EndsWith("/council", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "select");

        await FormRunnerCitizen.ContinueAsync(page);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "select in error");

        await page.Locator("select#council").SelectOptionAsync("newport");
        await FormRunnerCitizen.ContinueAsync(page);
        await page.Locator("#story").FillAsync("one two three four five six");
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal(1, await page.Locator(".govuk-error-summary").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "word count in error");

        await page.Locator("#story").FillAsync("Moved here in spring");
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal(1, await page.Locator("#address-county").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "address with its county");

        await page.Locator("#address-line1").FillAsync("1 High Street");
        await page.Locator("#address-town").FillAsync("Cardiff");
        await page.Locator("#address-postcode").FillAsync("CF10 1AA");
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.EndsWith("/arrival", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(language switch { "cy" => "9:30yb", "vi" => "9:30 SA", _ => "9:30am" }, await page.Locator("#arrival").InputValueAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "time, prefilled");

        await page.Locator("#arrival").FillAsync("7am");
        await FormRunnerCitizen.ContinueAsync(page);
        await FormRunnerCitizen.AssertAccessibleAsync(page, "time in error");

        await page.Locator("#arrival").FillAsync("14:30");
        await FormRunnerCitizen.ContinueAsync(page);
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.EndsWith("/check-answers", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".govuk-summary-list__row--no-actions").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "check answers with a locked answer and revealed answers");
    }

    /// <summary>
    /// The radios reveal with govuk-frontend's script removed: the markup the runner serves passes every
    /// rule, so the one finding accepted above (aria-expanded, which the script adds to a radio) is the script's.
    /// </summary>
    [Theory]
    [ClassData<RunnerLanguages>]
    public async Task RevealedQuestionsUnderRadios_WithoutScripts_HaveNoAxeViolations(string language)
    {
        await using var context = await chromium.NewAxeContextAsync();
        var page = await context.NewPageAsync();
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.ResourceType != "document")
            {
                await route.ContinueAsync();
                return;
            }

            var response = await route.FetchAsync();
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Body = Scripts().Replace(await response.TextAsync(), "") });
        });
        await RunnerLanguages.StartAsync(page, server.BaseAddress, "question-options", language, "contact");
        Assert.Null(await page.Locator("input[name='contact-by']").First.GetAttributeAsync("aria-expanded"));
        await FormRunnerCitizen.AssertAccessibleAsync(page, "reveal, no scripts");

        await page.Locator("input[name='contact-by'][value='email']").CheckAsync();
        await FormRunnerCitizen.ContinueAsync(page);
        Assert.Equal(1, await page.Locator("#conditional-contact-by .govuk-error-message").CountAsync());
        await FormRunnerCitizen.AssertAccessibleAsync(page, "revealed question in error, no scripts");
    }

    [Fact]
    public async Task WithoutJavaScript_RevealedQuestionsShowUnderTheirOptions_AndAreCheckedOnlyWhenChosen()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseAddress, "/question-options/").ToString());
        await page.Locator("a.govuk-button--start").ClickAsync();

        Assert.True(await page.Locator("#contact-email").IsVisibleAsync());
        Assert.True(await page.Locator("#contact-mobile").IsVisibleAsync());

        await page.Locator("input[name='contact-by'][value='text']").CheckAsync();
        await page.Locator("#contact-email").FillAsync("not an address");
        await page.ClickAsync("main button[type=submit]");
        Assert.Equal("#contact-mobile", await page.Locator(".govuk-error-summary a").GetAttributeAsync("href"));

        await page.Locator("#contact-mobile").FillAsync("07700 900982");
        await page.ClickAsync("main button[type=submit]");
        Assert.EndsWith("/help", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<script\b[^>]*>.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Scripts();
}
