using GovDesign.Site.Guidance;
using GovDesign.Site.Pages;

namespace GovDesign.Site.Tests.Guidance;

/// <summary>Every guidance page offers a way to report a problem with it, and the way leads somewhere.</summary>
public sealed class ReportProblemLinkTests(TestSite site)
{
    [Fact]
    public async Task EveryGuidancePage_LinksToReportAProblem()
    {
        var urls = Directory.GetFiles(site.GuidanceRoot, "*.md", SearchOption.AllDirectories)
            .Select(f => GuidanceMarkdown.Address(Path.GetRelativePath(site.GuidanceRoot, f)).Url)
            .Order(StringComparer.Ordinal)
            .ToList();
        var without = new List<string>();
        foreach (var url in urls)
        {
            var (status, page) = await Html.GetAsync(site.Http, url);
            Assert.Equal(200, status);
            var link = page.QuerySelectorAll(".govdesign-report-problem a")
                .FirstOrDefault(a => a.GetAttribute("href") == GuidanceView.ReportProblemUrl);
            if (link is null || !link.TextContent.Contains("report a problem with this page", StringComparison.OrdinalIgnoreCase))
            {
                without.Add(url);
            }
        }

        Assert.True(urls.Count > 90, $"only {urls.Count} guidance pages found");
        Assert.True(without.Count == 0, $"no \"report a problem with this page\" link on: {string.Join(", ", without)}");
    }

    [Fact]
    public async Task ReportProblemUrl_LeadsToAPlaceThatExists()
    {
        var (path, fragment) = GuidanceView.ReportProblemUrl.Split('#') is [var p, var f] ? (p, f) : (GuidanceView.ReportProblemUrl, null);

        var (status, page) = await Html.GetAsync(site.Http, path);

        Assert.Equal(200, status);
        if (fragment is not null)
        {
            Assert.NotNull(page.GetElementById(fragment));
        }
    }
}
