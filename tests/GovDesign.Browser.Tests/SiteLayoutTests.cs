using Microsoft.Playwright;

namespace GovDesign.Browser.Tests;

/// <summary>
/// The site's layout in Chromium: at 320 CSS pixels the skip link lands right before the page's
/// heading, which is near the top, with the side navigation after the content and outside
/// <c>main</c>; every code block has a copy button when JavaScript runs, and none without it.
/// </summary>
public sealed class SiteLayoutTests(SiteServer site, Chromium chromium)
{
    [Theory]
    [InlineData("/components/radios")]
    [InlineData("/accessibility/statement")]
    [InlineData("/components/radios/default")]
    public async Task SkipLink_At320Pixels_LandsInMainBeforeTheHeading(string path)
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, path).ToString(), new() { WaitUntil = WaitUntilState.Load });

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", (await page.EvaluateAsync<string>("document.activeElement.textContent")).Trim());
        await page.Keyboard.PressAsync("Enter");
        // Focus is now on main; nothing that takes focus stands between it and the h1.
        var landed = await page.EvaluateAsync<bool[]>("""
            (() => {
              const main = document.querySelector('main'), h1 = main.querySelector('h1'), focused = document.activeElement
              const focusable = [...main.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
                .filter(e => e.offsetParent !== null)
              const before = focusable.filter(e => e.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING)
              return [main.contains(focused), focused === main || !!(focused.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING), before.length === 0]
            })()
            """);
        await page.Keyboard.PressAsync("Tab");
        var nextInMain = await page.EvaluateAsync<bool>("document.querySelector('main').contains(document.activeElement)");
        var h1Top = await page.EvaluateAsync<double>("document.querySelector('main h1').getBoundingClientRect().top + window.scrollY");

        Assert.Equal([true, true, true], landed);
        Assert.True(nextInMain, "the Tab after the skip link left main");
        Assert.True(h1Top < 600, $"{path}: the h1 is {h1Top} CSS pixels down at 320 wide");
        AccessibilityResults.Passed("keyboard", path, "At 320 CSS pixels wide, the first Tab stop is \u201cSkip to main content\u201d; Enter moves focus into main with nothing focusable before the h1, and the next Tab stays in main.");
    }

    [Fact]
    public async Task SideNavigation_IsOutsideMainAndAfterIt()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, "/components/radios").ToString());

        var placed = await page.EvaluateAsync<bool[]>("""
            (() => {
              const nav = document.querySelector('.govdesign-side-nav'), main = document.querySelector('main')
              return [!main.contains(nav), !!(main.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING),
                nav.getBoundingClientRect().top >= main.getBoundingClientRect().bottom - 1]
            })()
            """);

        Assert.Equal([true, true, true], placed);
    }

    [Fact]
    public async Task EveryCodeBlock_GetsACopyButton_OnlyWithJavaScript()
    {
        await using var withScripts = await chromium.Browser.NewContextAsync();
        var page = await withScripts.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, "/form-engine/tutorial").ToString(), new() { WaitUntil = WaitUntilState.Load });
        var blocks = await page.Locator("pre.govdesign-code").CountAsync();
        var buttons = await page.Locator("pre.govdesign-code + button.govdesign-copy:visible").CountAsync();

        await using var withoutScripts = await chromium.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        var plain = await withoutScripts.NewPageAsync();
        await plain.GotoAsync(new Uri(site.BaseAddress, "/form-engine/tutorial").ToString());

        Assert.True(blocks >= 5, $"only {blocks} code blocks");
        Assert.Equal(blocks, buttons);
        Assert.True(await plain.Locator("pre.govdesign-code").First.IsVisibleAsync());
        Assert.Equal(0, await plain.Locator("button.govdesign-copy:visible").CountAsync());
    }

    [Theory]
    [InlineData("date", "/components/date-input")]
    [InlineData("datepicker", "/components/date-input")]
    public async Task SearchAsYouType_RanksTitleMatchesFirst(string query, string expected)
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, "/search").ToString(), new() { WaitUntil = WaitUntilState.NetworkIdle });

        await page.GetByLabel("Search the guidance").FillAsync(query);
        await Assertions.Expect(page.Locator("#search-count")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("found\\.$"));
        var first = await page.Locator("#search-results > li > a").EvaluateAllAsync<string[]>("links => links.slice(0, 2).map(a => a.getAttribute('href').split('#')[0])");

        Assert.Contains(expected, first);
    }
}
