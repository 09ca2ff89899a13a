using GovDesign.Site.Accessibility;
using GovDesign.Site.Examples;
using GovDesign.Site.Guidance;

namespace GovDesign.Site.Tests.Accessibility;

/// <summary>
/// The accessibility report (issue 17, point 5) is the browser tests' results, not prose: the committed results
/// file lists no page that is gone; the site shows it at /accessibility/report and in each component's "How it was
/// tested". Whether it lists every page the browser tests would check now: <see cref="AccessibilityReportFreshnessTests"/>.
/// </summary>
public sealed class AccessibilityReportTests(TestSite site)
{
    private static readonly AccessibilityReport Report =
        AccessibilityReport.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "site", "Accessibility", AccessibilityReport.FileName)));

    [Fact]
    public void CommittedReport_IsTheOneTheSiteIsBuiltWith()
    {
        Assert.Equal(Report.ToJson(), AccessibilityReport.Current.ToJson());
        Assert.NotEmpty(Report.AxeVersion);
        Assert.StartsWith("Chromium", Report.Browser, StringComparison.Ordinal);
        Assert.Contains("wcag22aa", Report.Tags);
        Assert.True(Report.Rules.Count > 50, $"only {Report.Rules.Count} rules");
        Assert.Matches("^\\d{4}-\\d{2}-\\d{2}$", Report.Generated);
    }

    [Fact]
    public async Task CommittedReport_ListsOnlyPagesThatStillExist()
    {
        var gone = Report.AxeChecks.Where(c => c.Kind == "example" && ExampleCatalogue.Find(c.Address["/examples/".Length..].Split('?')[0]) is null)
            .Select(c => c.Address).ToList();
        gone.AddRange(Report.AxeChecks.Where(c => c.Kind == "fixture"
                && !Catalogue.Components.SelectMany(Catalogue.Examples).Any(f => Catalogue.Url(f) == c.Address.Split('?')[0] || Catalogue.FrameUrl(f) == c.Address.Split('?')[0]))
            .Select(c => c.Address));
        var pages = Report.AxeChecks.Where(c => c.Kind == "page").Select(c => c.Address)
            .Concat(Report.OtherChecks.Where(c => !c.NotFoundPage).Select(c => c.Address));
        foreach (var address in pages.Distinct())
        {
            using var response = await site.Http.GetAsync(address, TestContext.Current.CancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                gone.Add($"{address} ({(int)response.StatusCode})");
            }
        }

        Assert.True(gone.Count == 0, $"The accessibility report lists pages that are gone: {string.Join(", ", gone)}. Check again with: GOVDESIGN_CHROMIUM=/usr/bin/chromium dotnet test --project tests/GovDesign.Browser.Tests, then commit site/Accessibility/{AccessibilityReport.FileName}");
    }

    [Fact]
    public async Task ReportPage_ShowsTheResultsFile()
    {
        var (status, page) = await Html.GetAsync(site.Http, GuidanceEndpoints.ReportUrl);

        Assert.Equal(200, status);
        var summary = page.QuerySelector(".govuk-summary-list")!.TextContent;
        Assert.Contains($"axe-core {Report.AxeVersion}", summary, StringComparison.Ordinal);
        Assert.Contains(Report.Generated, summary, StringComparison.Ordinal);
        var examples = Report.AxeChecks.Where(c => c.Kind == "example").Select(c => (c.Address, c.Language, c.State)).Distinct().Count();
        Assert.Equal($"Examples ({examples})", page.QuerySelector("h2#examples")!.TextContent);
        Assert.Equal(Report.Exceptions.Count, page.QuerySelectorAll("#accepted-exceptions + p + .govdesign-scroll tbody tr").Length);
        Assert.NotNull(page.QuerySelector($"a[href='{ExampleCatalogue.All[0].Url}']"));
    }

    [Fact]
    public async Task ReportPage_PageNotFoundPage_IsNamedAsSuchAndNotLinked()
    {
        var (status, page) = await Html.GetAsync(site.Http, GuidanceEndpoints.ReportUrl);

        Assert.Equal(200, status);
        var notFound = Assert.Single(Report.OtherChecks.Where(c => c.NotFoundPage).Select(c => c.Address).Distinct());
        var items = page.QuerySelectorAll(".govdesign-report__addresses li");
        Assert.Contains(items, li => li.TextContent.Trim() == $"{notFound} (the page-not-found page)" && li.QuerySelector("a") is null);
        Assert.All(items.Where(li => !li.TextContent.Trim().EndsWith("(the page-not-found page)", StringComparison.Ordinal)), li => Assert.NotNull(li.QuerySelector("a.govuk-link")));
    }

    [Theory]
    [InlineData("/components/radios", "aria-allowed-attr")]
    [InlineData("/components/button", null)]
    [InlineData("/patterns/question-page", null)]
    public async Task GuidancePage_SaysHowItWasTestedAndWhatWasNot(string url, string? accepted)
    {
        var (status, page) = await Html.GetAsync(site.Http, url);

        Assert.Equal(200, status);
        var rows = page.QuerySelectorAll("#how-it-was-tested + p + .govdesign-scroll tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelectorAll("td").Last().TextContent.Trim());
        Assert.Equal("Not tested", rows["Screen readers"]);
        Assert.Equal("Not tested", rows["Voice control"]);
        var automated = Assert.Single(rows, r => r.Key.StartsWith("Automated checks: axe-core", StringComparison.Ordinal));
        Assert.StartsWith("Passed", automated.Value, StringComparison.Ordinal);
        if (accepted is not null)
        {
            Assert.Contains(accepted, automated.Value, StringComparison.Ordinal);
        }

        Assert.Equal("Passed", rows["Reflow at 320 CSS pixels"]);
        Assert.NotNull(page.QuerySelector(".govdesign-contents a[href='#how-it-was-tested']"));
    }
}
