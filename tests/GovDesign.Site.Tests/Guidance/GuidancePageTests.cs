namespace GovDesign.Site.Tests.Guidance;

/// <summary>Guidance pages as the running site serves them.</summary>
public sealed class GuidancePageTests(TestSite site)
{
    [Fact]
    public async Task Page_ShowsTitleDescriptionStatusAndAContentsList()
    {
        var (status, page) = await Html.GetAsync(site.Http, "/contribute/test-page");

        Assert.Equal(200, status);
        Assert.Equal("Test page for the site tests – GovDesign", page.Title);
        Assert.Equal("Test page for the site tests", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Equal("Checks rendering of every Markdown feature.", page.QuerySelector("p.govuk-body-l")!.TextContent);
        Assert.Equal("experimental", page.QuerySelector(".govuk-tag")!.TextContent);
        Assert.Equal(["#first-section", "#second-section"], page.QuerySelectorAll(".govdesign-contents a").Select(a => a.GetAttribute("href")));
        Assert.NotNull(page.GetElementById("first-section"));
    }

    [Fact]
    public async Task SampleFormsPage_ShowsEachSampleFileAsItIsNow()
    {
        var (status, page) = await Html.GetAsync(site.Http, "/form-engine/samples");
        var samples = Directory.GetFiles(RepositoryPaths.FormSamples, "*.json").Order(StringComparer.Ordinal).ToList();

        Assert.Equal(200, status);
        var shown = page.QuerySelectorAll("code.language-json").Select(c => c.TextContent).ToList();
        Assert.Equal(6, samples.Count);
        Assert.All(samples, file => Assert.Contains(File.ReadAllText(file).TrimEnd(), shown));
    }

    [Fact]
    public async Task Page_HasBreadcrumbsSideNavigationAndSectionsInTheHeader()
    {
        var (_, page) = await Html.GetAsync(site.Http, "/contribute/test-page");

        Assert.Equal(["/", "/contribute"], page.QuerySelectorAll(".govuk-breadcrumbs a").Select(a => a.GetAttribute("href")));
        var current = Assert.Single(page.QuerySelectorAll(".govdesign-side-nav a[aria-current=page]"));
        Assert.Equal("/contribute/test-page", current.GetAttribute("href"));
        var sections = page.QuerySelectorAll(".govuk-service-navigation__link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/get-started", sections);
        Assert.Contains("/styles", sections);
        Assert.NotNull(page.QuerySelector(".govuk-service-navigation form[action='/search']"));
    }

    [Fact]
    public async Task ExampleBlock_ShowsAFrameALinkAndCodeTabsWithCopyButtons()
    {
        var (_, page) = await Html.GetAsync(site.Http, "/components/button");

        // The page embeds several examples; this one is wherever the guidance puts it.
        var frame = page.QuerySelector("iframe.govdesign-example__frame[src='/examples/components/button/start-button']")!;
        Assert.NotNull(frame);
        Assert.Equal("Start button", frame.GetAttribute("title"));
        Assert.Contains(page.QuerySelectorAll("a[target=_blank]"), a => a.GetAttribute("href") == "/examples/components/button/start-button" && a.TextContent.Contains("new tab", StringComparison.Ordinal));
        var example = frame.Closest(".govdesign-example")!;
        Assert.Equal(["Razor", "HTML"], example.QuerySelectorAll(".govuk-tabs__tab").Select(a => a.TextContent));
        var codes = example.QuerySelectorAll(".govuk-tabs__panel pre").Select(pre => pre.TextContent).ToList();
        Assert.Contains(codes, c => c.Contains("IsStartButton=\"true\"", StringComparison.Ordinal));
        Assert.Contains(codes, c => c.Contains("govuk-button--start", StringComparison.Ordinal));
        Assert.All(page.QuerySelectorAll("button.govdesign-copy"), b => Assert.True(b.HasAttribute("hidden")));
    }

    [Fact]
    public async Task ComponentPage_HasAnOptionsTableAndLinksEveryFixture()
    {
        var (_, page) = await Html.GetAsync(site.Http, "/components/button");

        var names = page.QuerySelectorAll(".govdesign-options tbody th").Select(th => th.TextContent).ToList();
        Assert.Contains("Text", names);
        Assert.Contains("IsStartButton", names);
        var links = page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.All(Catalogue.Examples("button"), f => Assert.Contains(Catalogue.Url(f), links));
    }

    [Fact]
    public async Task EveryVisibleFixture_IsLinkedFromItsComponentPage()
    {
        var linked = new HashSet<string?>();
        foreach (var component in Catalogue.Components)
        {
            var (status, page) = await Html.GetAsync(site.Http, $"/components/{component}");
            Assert.Equal(200, status);
            linked.UnionWith(page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        }

        var visible = GovDesign.Frontend.GovukFrontendPackage.Fixtures.Where(f => !f.Hidden).ToList();
        Assert.Equal(293, visible.Count);
        Assert.All(visible, f => Assert.Contains(Catalogue.Url(f), linked));
    }

    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/components/no-such-component")]
    [InlineData("/examples/no/such/example")]
    [InlineData("/components/button/no-such-fixture")]
    public async Task UnknownPage_IsA404InTheSiteLayout(string url)
    {
        var (status, page) = await Html.GetAsync(site.Http, url);

        Assert.Equal(404, status);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector(".govuk-service-navigation"));
    }

    [Fact]
    public void EveryGuidanceFile_IsReadWithoutError()
    {
        var errors = new GovDesign.Site.Guidance.GuidanceStore(RepositoryPaths.Guidance, RepositoryPaths.FormSamples).Current().Errors;

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => e.Message)));
    }

    [Fact]
    public void BadFile_IsLeftOutAndListed_WhileTheOthersStillShow()
    {
        var root = Path.Combine(Path.GetDirectoryName(site.GuidanceRoot)!, "bad-guidance");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "good.md"), "---\ntitle: Good\ndescription: Fine.\n---\n");
        File.WriteAllText(Path.Combine(root, "bad.md"), "---\ndescription: No title.\n---\n");

        var snapshot = new GovDesign.Site.Guidance.GuidanceStore(root, RepositoryPaths.FormSamples).Current();

        Assert.Equal(["/good"], snapshot.Pages.Select(p => p.Url));
        Assert.EndsWith("bad.md(1): front matter needs \"title:\"", Assert.Single(snapshot.Errors).Message);
    }

    [Fact]
    public void EveryExampleBlockInTheGuidance_NamesAnExampleThatExists()
    {
        var snapshot = new GovDesign.Site.Guidance.GuidanceStore(RepositoryPaths.Guidance, RepositoryPaths.FormSamples).Current();

        var missing = snapshot.Pages.SelectMany(p => p.ExampleIds.Select(id => (p.File, id)))
            .Where(e => GovDesign.Site.Examples.ExampleCatalogue.Find(e.id) is null).ToList();

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing.Select(m => $"{m.File}: {m.id}")));
    }
}
