using System.Text.Json;
using GovDesign.Frontend;
using GovDesign.Site;
using GovDesign.Site.Examples;

namespace GovDesign.Cli.Tests;

/// <summary>
/// <c>govdesign audit --fragments --fail-on check</c> over a sample of the site's examples finds nothing at
/// either level (axe's WCAG rules, its best-practice rules and GovDesign's one-pass checks): every tenth
/// visible govuk-frontend fixture page and every fifth hand-written example under /examples/
/// (GovDesign.Browser.Tests checks every one of them; this proves the command on real pages in about a
/// minute), plus every example of the three components where govuk-frontend's own scripts write markup
/// that axe reports. Those findings are accepted with <c>--accept</c> and the site's list
/// (site/Accessibility/accepted-findings.json): each must be found there, and nothing else.
/// The whole-page checks are left out (that is what --fragments is for): a fixture shows a component alone,
/// so page-level checks such as "every error message is listed in an error summary" or "the page has an h1"
/// rightly fail on many of them. <see cref="SitePageAuditTests"/> runs every check on the site's own pages.
/// </summary>
public sealed class SiteExampleAuditTests : IClassFixture<SiteServer>
{
    private static readonly string[] ComponentsWithScriptFindings = ["radios", "accordion", "file-upload"];

    private readonly SiteServer _site;

    public SiteExampleAuditTests(SiteServer site) => _site = site;

    public static IReadOnlyList<string> SamplePaths() =>
    [
        .. GovukFrontendPackage.Fixtures.Where(f => !f.Hidden).Where((_, i) => i % 10 == 0).Select(Catalogue.FrameUrl),
        .. ExampleCatalogue.All.Where((e, i) => i % 5 == 0 || ComponentsWithScriptFindings.Any(c => e.Group == $"components/{c}")).Select(e => e.Url),
    ];

    [Fact]
    public void Sample_CoversFixturesComponentsPatternsAndAnswers()
    {
        var paths = SamplePaths();

        Assert.True(paths.Count >= 50, $"Only {paths.Count} pages in the sample.");
        Assert.All(new[] { "/examples/fixtures/", "/examples/components/", "/examples/patterns/", "/examples/answers/" },
            prefix => Assert.Contains(paths, p => p.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ComponentExamples_HaveNoViolationsAndNothingToCheck()
    {
        var json = Path.Combine(Directory.CreateTempSubdirectory("govdesign-site-audit-").FullName, "audit.json");
        var urls = SamplePaths().Select(p => new Uri(_site.BaseAddress, p).ToString());

        var (exit, output, error) = await Cli.AuditAsync([.. urls, "--fragments", "--fail-on", "check", "--json", json, "--accept", RepositoryPaths.AcceptedFindings]);

        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken));
        var findings = report.RootElement.GetProperty("pages").EnumerateArray()
            .SelectMany(p => p.GetProperty("violations").EnumerateArray().Select(v => $"{p.GetProperty("url")}: {v.GetProperty("id")} ({v.GetProperty("level")}) {v.GetProperty("nodes")[0].GetProperty("html")}"));
        Assert.Empty(findings);
        var accepted = report.RootElement.GetProperty("pages").EnumerateArray().SelectMany(p => p.GetProperty("accepted").EnumerateArray().Select(a => a.GetProperty("component").GetString())).Distinct();
        Assert.Equal(ComponentsWithScriptFindings.Order(StringComparer.Ordinal), accepted.Order(StringComparer.Ordinal));
        Assert.Equal(SamplePaths().Count, report.RootElement.GetProperty("summary").GetProperty("pages").GetInt32());
        Assert.True(exit == 0, output + error);
        Directory.Delete(Path.GetDirectoryName(json)!, recursive: true);
    }
}
