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
        var page = await chromium.TakeNarrowPageAsync();
        var reusable = false;
        int width;
        string[] clipped;
        try
        {
            await page.GotoAsync(new Uri(site.BaseAddress, path).ToString(), new() { WaitUntil = WaitUntilState.Load });
            width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            clipped = await page.EvaluateAsync<string[]>(TextSpacingScript);
            reusable = true;
        }
        finally
        {
            await chromium.ReleaseNarrowAsync(page, reusable);
        }

        Assert.True(width <= 320, $"{path} is {width} CSS pixels wide at a 320 pixel viewport");

        // The report names the page-not-found page by the site's own address for it, which the export writes too, and marks it as that page.
        var notFound = path == "/no-such-page";
        var reported = notFound ? "/404" : path;
        AccessibilityResults.Passed("reflow", reported, "No scrolling sideways at 320 CSS pixels wide (WCAG 1.4.10), example frames included as the page lays them out.", notFound);
        Assert.True(clipped.Length == 0, $"{path} with WCAG 1.4.12 text spacing at 320 pixels clips: {string.Join(", ", clipped)}");
        AccessibilityResults.Passed("text-spacing", reported, "With WCAG 1.4.12 text spacing (line height 1.5, paragraph spacing 2, letter spacing 0.12, word spacing 0.16 times the font size), at 320 CSS pixels, no box of the page clips its text.", notFound);
    }

    /// <summary>
    /// Applies the text spacing of WCAG 1.4.12 to the page, then lists each box that hides what overflows it and
    /// no longer fits its content (visually hidden text, a one-pixel box, is clipped on purpose and left out).
    /// </summary>
    private const string TextSpacingScript = """
        () => {
          const style = document.createElement('style')
          style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-bottom: 2em !important }'
          document.head.append(style)
          return [...document.body.querySelectorAll('*')].filter(e => {
            if (/^(IFRAME|IMG|SVG|VIDEO|INPUT|TEXTAREA|SELECT|PRE)$/i.test(e.tagName) || e.clientWidth <= 1 || e.clientHeight <= 1 || !e.textContent.trim()) return false
            const css = getComputedStyle(e), hides = value => value === 'hidden' || value === 'clip'
            return (hides(css.overflowY) && e.scrollHeight > e.clientHeight + 1) || (hides(css.overflowX) && e.scrollWidth > e.clientWidth + 1)
          }).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\s+/).join('.') : ''))
        }
        """;

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
        AccessibilityResults.Passed("keyboard", "/get-started/developers", "Tab reaches a code block's copy button; Enter copies the code and the page announces \u201cCopied\u201d.");
    }

    /// <summary>An example in a frame that would take focus on a page of its own (an error summary) leaves it where the reader is.</summary>
    [Fact]
    public async Task ExampleFrames_OnLoad_DoNotTakeFocus()
    {
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(site.BaseAddress, "/patterns/question-page").ToString(), new() { WaitUntil = WaitUntilState.Load });
        await page.WaitForTimeoutAsync(250);
        var state = await page.EvaluateAsync<string[]>("""
            [document.activeElement.tagName, String(window.scrollY),
             String([...document.querySelectorAll('iframe[data-govdesign-example-frame]')].filter(f => f.contentDocument.querySelector('.govuk-error-summary')).length)]
            """);

        Assert.NotEqual("0", state[2]);
        Assert.Equal(["BODY", "0"], state[..2]);
        AccessibilityResults.Passed("focus", "/patterns/question-page", "As the page loads, focus stays at the top of the page: no example frame takes it, not even one whose error summary takes focus on a page of its own.");
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

    /// <summary>
    /// Review item 15: a frame sized at 320 pixels kept its height after the window widened (a 331-pixel frame round
    /// 269 pixels of content), because a document is never shorter than its frame. Its content's own height decides.
    /// </summary>
    [Fact]
    public async Task ExampleFrame_AfterTheWindowWidens_ShrinksToItsContent()
    {
        await using var context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.BaseAddress, "/components/radios").ToString(), new() { WaitUntil = WaitUntilState.Load });
        const string Sizes = "() => [...document.querySelectorAll('iframe.govdesign-example__frame')].map(f => [f.getBoundingClientRect().height, f.contentDocument.body.getBoundingClientRect().height])";
        var narrow = await page.EvaluateAsync<double[][]>(Sizes);

        await page.SetViewportSizeAsync(1280, 800);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('iframe.govdesign-example__frame')].every(f => Math.abs(f.getBoundingClientRect().height - f.contentDocument.body.getBoundingClientRect().height) <= 2)", null, new() { Timeout = 5000 });
        var wide = await page.EvaluateAsync<double[][]>(Sizes);

        Assert.Contains(Enumerable.Range(0, wide.Length), i => wide[i][0] < narrow[i][0] - 20);
        Assert.All(wide, size => Assert.InRange(size[0], size[1] - 2, size[1] + 2));
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
