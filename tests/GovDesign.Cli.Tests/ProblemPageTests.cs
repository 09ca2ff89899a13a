namespace GovDesign.Cli.Tests;

/// <summary>Each known problem is reported with its rule, and nothing else; the clean pages report nothing.</summary>
public sealed class ProblemPageTests(AuditedProblemPages audit)
{
    public static TheoryData<string> Paths() => [.. ProblemPages.Expected.Keys];

    [Theory]
    [MemberData(nameof(Paths))]
    public void Page_ReportsExactlyItsKnownProblems(string path)
    {
        var expected = ProblemPages.Expected[path].Order(StringComparer.Ordinal).ToList();

        var reported = audit.RulesOn(path);

        Assert.Equal(expected, reported);
    }

    [Fact]
    public void Audit_WithSeriousFindings_ExitsWithOne()
    {
        Assert.Equal(1, audit.Exit);
    }

    [Fact]
    public void Audit_PrintsASummaryTable()
    {
        Assert.Contains("Violations by rule", audit.Output);
        Assert.Contains("govdesign-keyboard-trap", audit.Output);
        Assert.Contains($"{ProblemPages.Expected.Count} pages", audit.Output);
    }
}
