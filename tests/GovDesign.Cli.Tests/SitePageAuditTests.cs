using System.Text.Json;
using GovDesign.Site.Guidance;

namespace GovDesign.Cli.Tests;

/// <summary>
/// <c>govdesign audit --fail-on check</c>, every check on, over the site's own pages (the home page and a
/// spread of the guidance pages: every section's first page and every fourth page besides, which takes
/// about two minutes; the report of the lead's full run over all of them is in the audit guidance) finds
/// nothing at either level. axe leaves out the example frames (<c>--exclude</c>): the examples are audited
/// on their own by <see cref="SiteExampleAuditTests"/>, and GovDesign.Browser.Tests' ScriptFindings explains
/// what govuk-frontend's scripts write into three of them.
/// </summary>
public sealed class SitePageAuditTests : IClassFixture<SiteServer>
{
    private readonly SiteServer _site;

    public SitePageAuditTests(SiteServer site) => _site = site;

    public static IReadOnlyList<string> SamplePaths()
    {
        var pages = new GuidanceStore(GovDesign.Tests.RepositoryPaths.Guidance, GovDesign.Tests.RepositoryPaths.FormSamples).Current().Pages.Select(p => p.Url).Order(StringComparer.Ordinal).ToList();
        var firsts = pages.GroupBy(p => p.Split('/')[1]).Select(g => g.First());
        return [.. new[] { "/" }.Union(firsts).Union(pages.Where((_, i) => i % 4 == 0))];
    }

    [Fact]
    public async Task SitePages_HaveNoViolationsAndNothingToCheck()
    {
        var folder = Directory.CreateTempSubdirectory("govdesign-site-pages-").FullName;
        var json = Path.Combine(folder, "audit.json");
        var urls = SamplePaths().Select(p => new Uri(_site.BaseAddress, p).ToString());

        var (exit, output, error) = await Cli.AuditAsync([.. urls, "--exclude", "iframe.govdesign-example__frame", "--fail-on", "check", "--json", json]);

        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        var findings = report.RootElement.GetProperty("pages").EnumerateArray()
            .SelectMany(p => p.GetProperty("violations").EnumerateArray().Select(v => $"{p.GetProperty("url")}: {v.GetProperty("id")} ({v.GetProperty("level")}) {v.GetProperty("nodes")[0].GetProperty("html")}"));
        Assert.Empty(findings);
        Assert.True(exit == 0, output + error);
        Directory.Delete(folder, recursive: true);
    }
}
