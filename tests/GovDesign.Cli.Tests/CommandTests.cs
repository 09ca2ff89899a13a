namespace GovDesign.Cli.Tests;

/// <summary>Exit codes with --fail-on, the message when there is no Chromium, bad input, crawling, and pages kept apart.</summary>
public sealed class CommandTests(AuditedProblemPages audit)
{
    [Theory]
    [InlineData("critical", 0)]
    [InlineData("serious", 1)]
    [InlineData("minor", 1)]
    public async Task FailOn_ASeriousFinding_ExitsWithOneOnlyAtOrBelowSerious(string failOn, int expected)
    {
        var (exit, _, _) = await Cli.AuditAsync(audit.Site.Url("/low-contrast"), "--fail-on", failOn);

        Assert.Equal(expected, exit);
    }

    [Theory]
    [InlineData("minor", 0)]
    [InlineData("check", 1)]
    public async Task FailOn_ACheckAlone_FailsOnlyWithFailOnCheck(string failOn, int expected)
    {
        var (exit, output, _) = await Cli.AuditAsync(audit.Site.Url("/check/link-vague"), "--fail-on", failOn);

        Assert.True(exit == expected, output);
        Assert.Contains("0 violations on 0 elements, 1 checks to confirm", output);
    }

    [Fact]
    public async Task FailOn_ACleanPage_ExitsWithZero()
    {
        var (exit, output, _) = await Cli.AuditAsync(audit.Site.Url("/clean"), audit.Site.Url("/check/clean"), "--fail-on", "check");

        Assert.Equal(0, exit);
        Assert.Contains("Passed", output);
    }

    [Fact]
    public async Task Chromium_Missing_ExitsWithTwoAndSaysHowToInstallIt()
    {
        var (exit, _, error) = await Cli.AuditAsync(audit.Site.Url("/clean"), "--chromium", "/nowhere/chromium");

        Assert.Equal(2, exit);
        Assert.Contains("/nowhere/chromium", error);
        Assert.Contains("apt-get install chromium", error);
    }

    [Fact]
    public async Task Url_NotAbsolute_ExitsWithTwoNamingIt()
    {
        var (exit, _, error) = await Cli.AuditAsync("clean.html");

        Assert.Equal(2, exit);
        Assert.Contains("'clean.html'", error);
    }

    [Fact]
    public async Task Crawl_WithDepthOne_AuditsTheStartAndItsSameOriginLinks()
    {
        var (_, output, _) = await Cli.AuditAsync(audit.Site.Url("/crawl/0"), "--crawl", "--depth", "1");

        Assert.Equal(["/crawl/0", "/crawl/1", "/crawl/2"], AuditedPaths(output));
    }

    [Fact]
    public async Task Crawl_WithDefaultDepth_ReachesPagesThreeLinksAwayAndStopsAtMaxPages()
    {
        var (_, all, _) = await Cli.AuditAsync(audit.Site.Url("/crawl/0"), "--crawl");
        var (_, limited, _) = await Cli.AuditAsync(audit.Site.Url("/crawl/0"), "--crawl", "--max-pages", "2");

        Assert.Equal(["/crawl/0", "/crawl/1", "/crawl/2", "/crawl/3", "/crawl/4"], AuditedPaths(all));
        Assert.Equal(2, AuditedPaths(limited).Count);
    }

    [Fact]
    public async Task Audit_InOneTab_GivesEachPageNoCookiesOrStorageFromTheOneBefore()
    {
        var (_, output, _) = await Cli.AuditAsync(audit.Site.Url("/state/leave"), audit.Site.Url("/state/show"), "--concurrency", "1");

        Assert.True(output.Contains("2 pages, 0 violations", StringComparison.Ordinal), output);
    }

    [Fact]
    public async Task Audit_InOneTab_LeavesAPageThatAsksToConfirmLeaving()
    {
        var (exit, output, _) = await Cli.AuditAsync(audit.Site.Url("/state/warn-on-leave"), audit.Site.Url("/clean"), "--concurrency", "1");

        Assert.True(exit == 0 && output.Contains("2 pages, 0 violations", StringComparison.Ordinal), output);
    }

    /// <summary>The pages named in the plain progress lines ("[1/3] http://...: 0 violation(s)").</summary>
    private List<string> AuditedPaths(string output) =>
        [.. output.Split('\n').Where(l => l.StartsWith('[')).Select(l => new Uri(l.Split(' ')[1].TrimEnd(':')).AbsolutePath).Order(StringComparer.Ordinal)];
}
