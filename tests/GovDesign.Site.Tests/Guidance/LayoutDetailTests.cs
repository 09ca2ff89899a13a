using System.Text.RegularExpressions;
using GovDesign.Site.Pages;
using GovDesign.Site.Playground;

namespace GovDesign.Site.Tests.Guidance;

/// <summary>
/// The site review's smaller layout and content items, each as the page or stylesheet now has it: the header's
/// sections on one row at 1280 pixels, the themes page's name and tag, long words in the feedback component, the
/// status tags explained, and the prototyping path through the playground from the designers' and samples' pages.
/// </summary>
public sealed partial class LayoutDetailTests(TestSite site)
{
    [Fact]
    public async Task HeaderSections_AtDesktopWidths_TakeLessRoomThanGovukFrontendGivesThem()
    {
        var css = await site.Http.GetStringAsync("/site.css", TestContext.Current.CancellationToken);

        // Eight sections at govuk-frontend's 19 pixels with 30 between them are 1,093 pixels wide: two rows in a 960-pixel page.
        var desktop = Regex.Match(css, @"@media \(min-width: 40\.0625em\) \{\s*\.govuk-service-navigation__item \{ font-size: 1rem;[^}]*\}\s*\.govuk-service-navigation__item:not\(:last-child\) \{ margin-right: 20px; \}");
        Assert.True(desktop.Success, "site.css should set the header's sections at 16 pixels with 20 between them from 641 pixels up");
    }

    [Fact]
    public async Task ThemesPage_NameStandsClearOfTheBand_AndTheTagSitsBesideTheButton()
    {
        var (_, page) = await Html.GetAsync(site.Http, "/themes");
        var css = await site.Http.GetStringAsync("/site.css", TestContext.Current.CancellationToken);

        var headers = page.QuerySelectorAll("main .govuk-generic-header__container");
        Assert.Equal(2, headers.Length);
        Assert.All(headers, h => Assert.Equal("govuk-generic-header__container govdesign-themes__header", h.ClassName));
        Assert.Equal(2, page.QuerySelectorAll(".govdesign-themes__actions > .govuk-button + .govuk-tag").Length);
        Assert.Matches(@"\.govdesign-themes__header \{ padding: 0 15px; \}", css);
        Assert.Matches(@"\.govdesign-themes__actions \{ display: flex;[^}]*align-items: center;", css);
    }

    [Fact]
    public async Task FeedbackText_BreaksALongWord_RatherThanWidenTheScreen()
    {
        var (_, example) = await Html.GetAsync(site.Http, "/examples/components/feedback/with-title");
        var stylesheet = example.QuerySelector("link[rel=stylesheet][href*='GovDesign.Components']")!.GetAttribute("href")!;

        var css = await site.Http.GetStringAsync(stylesheet, TestContext.Current.CancellationToken);

        Assert.Contains("parking.feedback@example.gov", example.QuerySelector(".govuk-feedback__body")!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"\.govuk-feedback__body\s*\{\s*overflow-wrap:\s*break-word;?\s*\}", css);
    }

    [Theory]
    [InlineData("/components/radios", "stable")]
    [InlineData("/answers/uk-address", "experimental")]
    public async Task StatusTag_LinksToWhatItMeans(string url, string status)
    {
        var (_, page) = await Html.GetAsync(site.Http, url);
        var (_, designers) = await Html.GetAsync(site.Http, GuidanceView.StatusHelp.Split('#')[0]);

        var link = page.QuerySelector(".govuk-tag + a.govuk-link")!;
        Assert.Equal(status, page.QuerySelector(".govuk-tag")!.TextContent);
        Assert.Equal($"What “{status}” means", link.TextContent);
        Assert.Equal(GuidanceView.StatusHelp, link.GetAttribute("href"));
        var section = designers.GetElementById(GuidanceView.StatusHelp.Split('#')[1]);
        Assert.NotNull(section);
        var explained = string.Concat(Following(section).TakeWhile(e => e.TagName != "H2").Select(e => e.TextContent));
        Assert.Contains($"{status} means", explained, StringComparison.Ordinal);
    }

    private static IEnumerable<AngleSharp.Dom.IElement> Following(AngleSharp.Dom.IElement element)
    {
        for (var next = element.NextElementSibling; next is not null; next = next.NextElementSibling)
        {
            yield return next;
        }
    }

    [Fact]
    public async Task DesignersPage_ShowsThePrototypingPathThroughThePlayground()
    {
        var (_, page) = await Html.GetAsync(site.Http, "/get-started/designers");

        Assert.NotNull(page.GetElementById("prototype-a-form-in-the-playground"));
        Assert.NotNull(page.QuerySelector("main a[href='/playground']"));
        Assert.NotNull(page.QuerySelector("main a[href='/form-engine/samples']"));
    }

    [Fact]
    public async Task SampleFormsPage_OpensEachSampleInThePlayground()
    {
        var (_, page) = await Html.GetAsync(site.Http, "/form-engine/samples");
        var slugs = Directory.GetFiles(RepositoryPaths.FormSamples, "*.json").Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.Equal(6, slugs.Count);
        Assert.All(slugs, slug => Assert.Equal($"Open {slug}.json in the form playground",
            page.QuerySelector($"pre.govdesign-code + p a[href='{SampleLink.For(slug!)}']")?.TextContent));
    }
}
