namespace GovDesign.Site.Tests.Guidance;

public sealed class LiveReloadTests(TestSite site)
{
    [Fact]
    public async Task EditedMarkdown_ShowsOnTheNextRequest()
    {
        var file = Path.Combine(site.GuidanceRoot, "contribute", "live-reload.md");
        await File.WriteAllTextAsync(file, "---\ntitle: Live reload\ndescription: Before.\n---\nFirst words.", TestContext.Current.CancellationToken);
        var (_, before) = await Html.GetAsync(site.Http, "/contribute/live-reload");

        await File.WriteAllTextAsync(file, "---\ntitle: Live reload\ndescription: After.\n---\nSecond words, longer than the first.", TestContext.Current.CancellationToken);
        var (_, after) = await Html.GetAsync(site.Http, "/contribute/live-reload");
        File.Delete(file);
        var (gone, _) = await Html.GetAsync(site.Http, "/contribute/live-reload");

        Assert.Contains("First words.", before.QuerySelector("main")!.TextContent);
        Assert.Contains("Second words", after.QuerySelector("main")!.TextContent);
        Assert.Equal(404, gone);
    }
}
