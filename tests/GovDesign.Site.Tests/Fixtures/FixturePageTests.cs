using GovDesign.Frontend;

namespace GovDesign.Site.Tests.Fixtures;

/// <summary>
/// govuk-frontend's fixtures on the site: the visible ones are examples, each on a page in the
/// site's layout with its frame; the hidden ones are test cases that the site neither serves nor links.
/// </summary>
public sealed class FixturePageTests(TestSite site)
{
    private static Fixture Visible => GovukFrontendPackage.Fixtures.First(f => f.Component == "radios" && !f.Hidden);

    private static Fixture Hidden => GovukFrontendPackage.Fixtures.First(f => f.Component == "button" && f.Hidden);

    [Fact]
    public async Task HiddenFixture_AnswersNotFound_AsAPageAndAsAFrame()
    {
        var (page, _) = await Html.GetAsync(site.Http, $"/components/{Hidden.Component}/{Hidden.Slug}");
        var (frame, _) = await Html.GetAsync(site.Http, $"/examples/fixtures/{Hidden.Component}/{Hidden.Slug}");

        Assert.Equal(404, page);
        Assert.Equal(404, frame);
    }

    [Fact]
    public async Task VisibleFixture_IsASitePageWithAWayBackAndAFrameOfItsOwn()
    {
        var (status, page) = await Html.GetAsync(site.Http, Catalogue.Url(Visible));
        var (frameStatus, frame) = await Html.GetAsync(site.Http, Catalogue.FrameUrl(Visible));

        Assert.Equal(200, status);
        Assert.NotNull(page.QuerySelector(".govuk-service-navigation"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains(page.QuerySelectorAll(".govuk-breadcrumbs a"), a => a.GetAttribute("href") == "/components/radios");
        Assert.Equal(Catalogue.FrameUrl(Visible), page.QuerySelector("iframe.govdesign-example__frame")!.GetAttribute("src"));
        Assert.Contains("govuk-radios", page.QuerySelector("pre.govdesign-code")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(200, frameStatus);
        Assert.NotNull(frame.QuerySelector("main .govuk-radios"));
        Assert.Null(frame.QuerySelector(".govuk-service-navigation"));
    }

    [Fact]
    public void Export_WritesEveryVisibleFixtureAndNoHiddenOne()
    {
        Assert.All(GovukFrontendPackage.Fixtures, f => Assert.True(
            File.Exists(Path.Combine(site.ExportRoot, "components", f.Component, f.Slug, "index.html")) != f.Hidden, f.ToString()));
    }

    [Fact]
    public void Export_NoPageLinksAHiddenFixture()
    {
        var hidden = GovukFrontendPackage.Fixtures.Where(f => f.Hidden)
            .SelectMany(f => new[] { $"/docs/components/{f.Component}/{f.Slug}/", $"/docs/examples/fixtures/{f.Component}/{f.Slug}/" })
            .ToHashSet(StringComparer.Ordinal);
        var linking = Directory.EnumerateFiles(site.ExportRoot, "*.html", SearchOption.AllDirectories)
            .SelectMany(file => Html.Parse(File.ReadAllText(file)).QuerySelectorAll("[href], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
                .Where(address => address is not null && hidden.Contains(address.Split('#', '?')[0]))
                .Select(address => $"{Path.GetRelativePath(site.ExportRoot, file)}: {address}"))
            .ToList();

        Assert.Equal(432, hidden.Count / 2);
        Assert.Empty(linking);
    }
}
