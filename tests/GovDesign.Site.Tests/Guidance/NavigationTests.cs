using GovDesign.Site.Guidance;

namespace GovDesign.Site.Tests.Guidance;

public sealed class NavigationTests
{
    private static GuidancePage Page(string path, string title, int? order = null) => GuidanceMarkdown.Parse(
        $"---\ntitle: {title}\ndescription: About {title}.\n{(order is { } o ? $"order: {o}\n" : "")}---\nText.", path, path);

    [Fact]
    public void Sections_FollowTheSiteOrder_AndPagesFollowOrderThenTitle()
    {
        var snapshot = new GuidanceSnapshot([
            Page("index.md", "Home"),
            Page("styles/spacing.md", "Spacing"),
            Page("styles/colour.md", "Colour", 2),
            Page("styles/layout.md", "Layout", 1),
            Page("styles/typography.md", "Typography"),
            Page("get-started/designers.md", "Designers"),
            Page("get-started/index.md", "Start here"),
        ]);

        Assert.Equal(["get-started", "styles"], snapshot.Sections.Select(s => s.Folder));
        Assert.Equal(["Layout", "Colour", "Spacing", "Typography"], snapshot.Sections[1].Pages.Select(p => p.Meta.Title));
        Assert.Equal("Start here", snapshot.Sections[0].Title);
        Assert.Equal("/get-started", snapshot.Sections[0].Url);
        Assert.Equal("Styles", snapshot.Sections[1].Title);
        Assert.Equal("/styles/layout", snapshot.Sections[1].Url);
    }

    [Fact]
    public void Find_IgnoresTrailingSlashAndCase()
    {
        var snapshot = new GuidanceSnapshot([Page("styles/colour.md", "Colour"), Page("index.md", "Home")]);

        Assert.Equal("Colour", snapshot.Find("styles/Colour/")?.Meta.Title);
        Assert.Equal("Home", snapshot.Find("")?.Meta.Title);
        Assert.Null(snapshot.Find("styles/nothing"));
    }
}
