using Deque.AxeCore.Playwright;
using GovDesign.Cli.Audit;

namespace GovDesign.Cli.Tests;

/// <summary>
/// axe's one run on a page without frames finds exactly what its two runs (every rule but the outline ones with
/// frames, then the outline rules on the page's own document) find: the same rules, elements, messages, levels and
/// order; a page with a frame still takes the two runs, which keep the frame's headings out of the page's outline.
/// The audit calls axe.run itself; its runs find what Deque's package finds with the same options.
/// </summary>
public sealed class AxeAuditTests(AuditedProblemPages audit, AxeBrowser browser) : IClassFixture<AxeBrowser>
{
    public static TheoryData<string, bool, string[]> FramelessPages() => new()
    {
        { "/axe/outline-and-contrast", false, ["color-contrast", "heading-order"] },
        { "/axe/outline-and-contrast", true, ["color-contrast", "heading-order"] },
        { "/check/no-h1", false, ["page-has-heading-one"] },
        { "/check/no-h1", true, [] },
        { "/missing-label", false, ["label"] },
        { "/focus-order", false, ["tabindex"] },
        { "/clean", false, [] },
    };

    [Theory]
    [MemberData(nameof(FramelessPages))]
    public async Task RunAsync_PageWithoutFrames_OneRunFindsWhatTwoRunsFind(string path, bool fragments, string[] expected)
    {
        var (chosen, one, two) = await RunEveryWayAsync(path, fragments);

        Assert.Equal(expected, two.Violations.Select(v => v.RuleId));
        Assert.Equal(Describe(two), Describe(one));
        Assert.Equal(1, chosen.Runs);
        Assert.Equal(Describe(two), Describe(chosen));
    }

    [Fact]
    public async Task RunAsync_PageWithAFrame_RunsTwiceAndLeavesTheFrameOutOfTheOutline()
    {
        var (chosen, one, two) = await RunEveryWayAsync("/axe/framed-outline", fragments: false);

        Assert.Equal(2, chosen.Runs);
        Assert.Equal(Describe(two), Describe(chosen));
        Assert.Equal(["color-contrast"], chosen.Violations.Select(v => v.RuleId)); // the pale text in the frame

        // One run would count the frame's h4 as part of the page's outline, straight after its h1.
        Assert.Contains(one.Violations, v => v.RuleId == "heading-order");
    }

    [Theory]
    [InlineData("/axe/framed-outline", null)]
    [InlineData("/axe/outline-and-contrast", null)]
    [InlineData("/axe/outline-and-contrast", "h3")]
    public async Task InTwoRunsAsync_AnyPage_FindsWhatDequesPackageFinds(string path, string? exclude)
    {
        var settings = new AuditSettings { Urls = [new Uri(audit.Site.Url(path))], ChromiumPath = Cli.ChromiumPath, Exclude = exclude is null ? [] : [exclude] };
        await using var auditor = new PageAuditor(browser.Browser, settings);
        var page = await (await auditor.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(audit.Site.Url(path));
        var axe = new AxeAudit(settings);

        var ours = await axe.InTwoRunsAsync(page);
#pragma warning disable CS0618 // the package's legacy run, which the audit used before
        var theirs = (await page.RunAxeLegacy(axe.Context, axe.WithFramesOptions, "void 0")).Violations
            .Concat((await page.RunAxeLegacy(axe.Context, axe.OwnDocumentOptions, "void 0")).Violations).Select(axe.ToViolation).ToList();
#pragma warning restore CS0618

        Assert.NotEmpty(ours.Violations);
        Assert.Equal(Describe(new AxeFindings(theirs, 2)), Describe(ours));
        Assert.Equal(exclude is null && path != "/axe/framed-outline", ours.Violations.Any(v => v.RuleId == "heading-order"));
        Assert.Contains("application=axe-core-playwright-nuget", ours.Violations[0].HelpUrl, StringComparison.Ordinal);
    }

    private async Task<(AxeFindings Chosen, AxeFindings One, AxeFindings Two)> RunEveryWayAsync(string path, bool fragments)
    {
        var settings = new AuditSettings { Urls = [new Uri(audit.Site.Url(path))], ChromiumPath = Cli.ChromiumPath, Fragments = fragments };
        await using var auditor = new PageAuditor(browser.Browser, settings);
        var page = await (await auditor.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(audit.Site.Url(path));
        var axe = new AxeAudit(settings);
        return (await axe.RunAsync(page), await axe.InOneRunAsync(page), await axe.InTwoRunsAsync(page));
    }

    private static List<string> Describe(AxeFindings findings) =>
        [.. findings.Violations.Select(v => string.Join(" | ", [v.RuleId, v.Source, v.Level.ToString(), v.Impact.ToString(), v.Description, v.Help, v.HelpUrl, string.Join(",", v.Wcag),
            .. v.Nodes.Select(n => $"{n.Selector} {n.Html} {n.Summary}")]))];
}
