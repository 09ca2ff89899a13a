using GovDesign.Cli.Audit;

namespace GovDesign.Cli.Tests;

/// <summary>Success criteria read from axe's tags, and the exit code's threshold.</summary>
public sealed class WcagTests
{
    [Theory]
    [InlineData("wcag143", "1.4.3")]
    [InlineData("wcag1410", "1.4.10")]
    [InlineData("wcag412", "4.1.2")]
    public void FromTags_ACriterionTag_GivesItsNumber(string tag, string expected)
    {
        var criteria = Wcag.FromTags(["cat.color", "wcag2aa", tag, "EN-301-549"]);

        Assert.Equal([expected], criteria);
    }

    [Fact]
    public void FromTags_OnlyLevelTags_GivesNone()
    {
        Assert.Empty(Wcag.FromTags(["wcag2a", "wcag21aa", "best-practice"]));
    }

    [Fact]
    public void Describe_AKnownCriterion_AddsItsName()
    {
        Assert.Equal("1.4.10 Reflow", Wcag.Describe("1.4.10"));
        Assert.Equal("https://www.w3.org/WAI/WCAG22/quickref/#reflow", Wcag.QuickRefUrl("1.4.10"));
    }

    [Theory]
    [InlineData("moderate", "serious", 0)]
    [InlineData("serious", "serious", 1)]
    [InlineData("critical", "minor", 1)]
    public void ExitCode_IsOneOnlyForAFindingAtOrAboveFailOn(string found, string failOn, int expected)
    {
        var violation = new Violation("rule", "axe", Enum.Parse<Impact>(found, ignoreCase: true), "d", "h", "https://example.invalid/", [], []);
        var result = new AuditResult([new PageResult("http://127.0.0.1/", "T", [violation], TimeSpan.Zero)], DateTimeOffset.UtcNow, TimeSpan.Zero, []);

        Assert.Equal(expected, AuditCommand.ExitCode(result, Enum.Parse<Impact>(failOn, ignoreCase: true)));
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void ExitCode_ACriticalCheck_IsOneOnlyWhenChecksFail(bool checks, int expected)
    {
        var check = new Violation("rule", "govdesign", Impact.Critical, "d", "h", "https://example.invalid/", [], []) { Level = Level.Check };
        var result = new AuditResult([new PageResult("http://127.0.0.1/", "T", [check], TimeSpan.Zero)], DateTimeOffset.UtcNow, TimeSpan.Zero, []);

        Assert.Equal(expected, AuditCommand.ExitCode(result, Impact.Minor, checks));
    }

    [Fact]
    public void ExitCode_APageThatCouldNotBeAudited_IsOne()
    {
        var result = new AuditResult([new PageResult("http://127.0.0.1/", null, [], TimeSpan.Zero, "HTTP 500")], DateTimeOffset.UtcNow, TimeSpan.Zero, []);

        Assert.Equal(1, AuditCommand.ExitCode(result, Impact.Critical));
    }
}
