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

    [Theory]
    [InlineData("radios", "without-fieldset", "govdesign-form-group-fieldset")]
    [InlineData("summary-list", "extreme", "govdesign-reading-level")]
    [InlineData("language-navigation", "with-multiple-languages", "govdesign-language-direction")]
    public async Task FixtureWithAKnownFinding_SaysItIsGovukFrontendsTestContent(string component, string slug, string rule)
    {
        var (status, page) = await Html.GetAsync(site.Http, $"/components/{component}/{slug}");

        Assert.Equal(200, status);
        var note = page.QuerySelector("main .govuk-inset-text")!;
        Assert.Contains("govuk-frontend's own test content", note.TextContent, StringComparison.Ordinal);
        Assert.Contains(note.QuerySelectorAll("li code"), c => c.TextContent == rule);
    }

    [Fact]
    public async Task FixtureWithoutAKnownFinding_HasNoNote()
    {
        var (_, page) = await Html.GetAsync(site.Http, Catalogue.Url(Visible));

        Assert.DoesNotContain("govuk-frontend's own test content", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
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

    [Fact]
    public async Task WelshFixture_FrameMarksTheExampleWithItsLanguage()
    {
        var welsh = Catalogue.Find("error-message", "translated")!;

        var (status, frame) = await Html.GetAsync(site.Http, Catalogue.FrameUrl(welsh));
        var (_, page) = await Html.GetAsync(site.Http, Catalogue.Url(welsh));

        Assert.Equal(200, status);
        Assert.Equal("en", frame.DocumentElement.GetAttribute("lang"));
        Assert.Equal("cy", frame.QuerySelector(".govuk-error-message")!.Closest("[lang]")!.GetAttribute("lang"));
        Assert.Contains("in Welsh", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishFixture_FrameHasNoLanguageOfItsOwn()
    {
        var (_, frame) = await Html.GetAsync(site.Http, Catalogue.FrameUrl(Visible));

        Assert.Null(frame.QuerySelector("main [lang]"));
    }

    [Fact]
    public void Language_EveryVisibleFixtureThatReadsAsWelsh_IsWelsh()
    {
        var reading = GovukFrontendPackage.Fixtures.Where(f => !f.Hidden && ReadsAsWelsh(f)).ToList();

        Assert.True(reading.Count >= 5, $"Only {reading.Count} fixtures read as Welsh.");
        Assert.All(reading, f => Assert.True(Catalogue.Language(f) == "cy", $"{f} reads as Welsh but is not marked."));
        Assert.All(GovukFrontendPackage.Fixtures.Where(f => Catalogue.Language(f) is not null), f => Assert.False(f.Hidden, f.ToString()));
    }

    // Named as a translation, or with common Welsh words (that are not also English ones) three times as
    // often as common English ones: Latin placeholder text has a few of them too, but also English words.
    // A fixture that marks its own languages (language navigation puts lang on each item) needs nothing more.
    private static bool ReadsAsWelsh(Fixture fixture)
    {
        if (Html.Parse(fixture.Html).QuerySelector("[lang]") is not null)
        {
            return false;
        }

        if (fixture.Name.Contains("translat", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var words = Html.Parse(fixture.Html).Body!.TextContent.ToLowerInvariant()
            .Split((char[])[' ', '\n', '\t', ',', '.', '?', ':'], StringSplitOptions.RemoveEmptyEntries);
        var welsh = words.Where(WelshWords.Contains).ToList();
        var english = words.Count(EnglishWords.Contains);
        return welsh.Distinct().Count() >= 2 && welsh.Count >= 3 * english;
    }

    private static readonly HashSet<string> WelshWords = [.. "yr y yn ac o ar ei eu eich chi mae bod gan neu hyn ond fel gyda ni nid wedi sy sydd hefyd os pan fod ydych yw oes rhaid ein mewn".Split(' ')];

    private static readonly HashSet<string> EnglishWords = [.. "a i the of and to in is are you your that it for on with as be this by at or from have not will can if we an".Split(' ')];
}
