namespace GovDesign.Site.Tests.Guidance;

/// <summary>What every site page has around its content: the footer, the favicon, the side navigation's place, and /themes in it.</summary>
public sealed class SiteChromeTests(TestSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/search")]
    [InlineData("/themes")]
    [InlineData("/no-such-page")]
    public async Task Page_EndsWithTheFooter_VersionLicenceAndStatement(string path)
    {
        var (_, page) = await Html.GetAsync(site.Http, path);

        var footer = page.QuerySelector("footer.govuk-template__footer")!;
        Assert.Contains("MIT licence", footer.TextContent, StringComparison.Ordinal);
        Assert.Contains($"GovDesign {GovDesign.Site.Pages.SiteFooter.Version}.", footer.TextContent, StringComparison.Ordinal);
        Assert.Matches("^\\d+\\.\\d+", GovDesign.Site.Pages.SiteFooter.Version);
        var links = footer.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/accessibility/statement", links);
        Assert.DoesNotContain("/changelog", links);
    }

    [Fact]
    public async Task AccessibilityStatement_ClaimsTheTargetAndNamesTheKnownIssues()
    {
        var (status, page) = await Html.GetAsync(site.Http, "/accessibility/statement");

        Assert.Equal(200, status);
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("WCAG 2.2 AA", text, StringComparison.Ordinal);
        Assert.All(new[] { "aria-allowed-attr", "Accordion", "File upload", "label-content-name-mismatch" }, s => Assert.Contains(s, text, StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/contribute#report-a-problem-or-gap");
    }

    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    public async Task Favicon_IsServed(string path, string type)
    {
        using var response = await site.Http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task SideNavigation_ComesAfterMainAndOutsideIt()
    {
        var (_, page) = await Html.GetAsync(site.Http, "/components/radios");

        var nav = page.QuerySelector(".govdesign-side-nav")!;
        Assert.Null(nav.Closest("main"));
        Assert.Equal("MAIN", nav.PreviousElementSibling!.TagName);
    }

    [Fact]
    public async Task Themes_IsInTheStylesNavigation_WithUniqueIds()
    {
        var (_, styles) = await Html.GetAsync(site.Http, "/styles");
        var (_, themes) = await Html.GetAsync(site.Http, "/themes");

        Assert.Contains(styles.QuerySelectorAll(".govdesign-side-nav a"), a => a.GetAttribute("href") == "/themes");
        Assert.Equal("page", themes.QuerySelector(".govdesign-side-nav a[href='/themes']")!.GetAttribute("aria-current"));
        var ids = themes.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task OptionsTable_BreaksNamesOnlyBetweenWords()
    {
        var (_, page) = await Html.GetAsync(site.Http, "/components/radios");

        var names = page.QuerySelectorAll(".govdesign-options tbody th code").ToList();
        Assert.Contains(names, n => n.InnerHtml == "Fieldset");
        Assert.Contains(names, n => n.InnerHtml == "Id<wbr>Prefix");
    }
}
