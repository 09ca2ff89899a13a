using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using GovDesign.Site.Accessibility;

namespace GovDesign.Site.Tests.Accessibility;

/// <summary>
/// The committed accessibility report still describes the site as it is now: the pages and page states each browser
/// test would check, the tests that record checks, the axe version and rules, and the accepted findings. Worked out
/// from the site's sources, without running the browser tests, and never from the date, the browser's version or
/// which accepted script finding showed, which change from run to run. Each failure names what is missing or extra
/// and the command that checks again and rewrites the report.
/// </summary>
public sealed partial class AccessibilityReportFreshnessTests
{
    private static readonly AccessibilityReport Report =
        AccessibilityReport.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "site", "Accessibility", AccessibilityReport.FileName)));

    public static TheoryData<string> CataloguedTests() => [.. BrowserTestPlan.AxePages.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CataloguedTests))]
    public void CommittedReport_TestChecksEveryPageItWouldCheckNow_AndNoOther(string test)
    {
        var (kind, expected) = BrowserTestPlan.AxePages[test];
        var listed = Checks(test).Axe.Where(c => c.Kind == kind).Select(c => c.Address).ToHashSet(StringComparer.Ordinal);

        AssertSameSet(test, expected, listed);
    }

    [Theory]
    [InlineData("reflow")]
    [InlineData("text-spacing")]
    public void CommittedReport_ReflowTestChecksEveryGuidancePageNow_AndNoOther(string kind)
    {
        var listed = Checks(BrowserTestPlan.ReflowTest).Other.Where(c => c.Kind == kind).Select(c => c.Address).ToHashSet(StringComparer.Ordinal);

        AssertSameSet($"{BrowserTestPlan.ReflowTest} ({kind})", BrowserTestPlan.ReflowPages, listed);
    }

    [Fact]
    public void CommittedReport_WalksEverySampleFormInEachLanguage_AndOnlyPagesTheFormsHaveNow()
    {
        var test = BrowserTestPlan.SampleFormsTest;
        var checks = Checks(test).Axe.Where(c => c.Kind == "form").ToList();
        var forms = BrowserTestPlan.SampleForms;

        var expectedRuns = forms.SelectMany(f => f.Languages.Select(l => $"/{f.Slug}/ in {l}")).ToHashSet(StringComparer.Ordinal);
        var listedRuns = checks.Select(c => $"/{c.Address.Split('/')[1]}/ in {c.Language}").ToHashSet(StringComparer.Ordinal);
        AssertSameSet(test, expectedRuns, listedRuns);

        var problems = new List<string>();
        foreach (var form in forms)
        {
            var mine = checks.Where(c => c.Address.StartsWith($"/{form.Slug}/", StringComparison.Ordinal)).ToList();
            problems.AddRange(mine.Where(c => !BrowserTestPlan.IsPageOf(form, c.Address)).Select(c => $"{c.Address} is no page of {form.Slug} now").Distinct());
            foreach (var language in form.Languages)
            {
                var reached = mine.Where(c => c.Language == language).Select(c => c.Address).ToHashSet(StringComparer.Ordinal);
                problems.AddRange(BrowserTestPlan.CertainPages(form).Select(p => $"/{form.Slug}/{p}").Where(a => !reached.Contains(a)).Select(a => $"{a} in {language} is not checked"));
            }
        }

        Assert.True(problems.Count == 0, $"The accessibility report is stale for {test}: {string.Join("; ", problems)}. Check again with: {BrowserTestPlan.RegenerateCommand(ClassOf(test))}");
    }

    [Fact]
    public void CommittedReport_ListsEachBrowserTestThatRecordsChecks_AndNoOther()
    {
        var expected = BrowserTestPlan.RecordingTests();
        var listed = Report.Tests.Select(t => t.Test).ToHashSet(StringComparer.Ordinal);

        var missing = expected.Except(listed).Order(StringComparer.Ordinal).ToList();
        var extra = listed.Except(expected).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"The accessibility report's tests differ from the browser tests that record checks now. Missing (run each test's class: {BrowserTestPlan.RegenerateCommand("<Class>")}): {List(missing)}. "
            + $"Extra (tests that are gone or no longer record checks; any run of the browser tests drops them): {List(extra)}.");
    }

    [Fact]
    public void CommittedReport_AxeVersionAndRules_AreThoseOfTheAxeTheTestsRun()
    {
        var script = new BundledAxeScriptProvider().GetScript();
        var version = AxeVersion().Match(script).Groups["version"].Value;
        var rules = RulesSelectedBy(script, Report.Tags);

        var command = BrowserTestPlan.RegenerateCommand("GuidancePageTests");
        Assert.True(version == Report.AxeVersion, $"The accessibility report names axe-core {Report.AxeVersion}; the browser tests run {version}. Check again with: {command}");
        Assert.True(rules.Count > 50, $"Only {rules.Count} rules read from axe-core {version}'s script: has its shape changed?");
        var missing = rules.Except(Report.Rules).ToList();
        var extra = Report.Rules.Except(rules).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"The accessibility report's rules are not those its tags ({string.Join(", ", Report.Tags)}) select in axe-core {version}. Missing: {List(missing)}. Extra: {List(extra)}. Check again with: {command}");
    }

    [Fact]
    public void CommittedReport_AcceptedExceptions_AreTheAcceptedFindingsNow()
    {
        var accepted = AcceptedFindings.ScriptFindings(File.ReadAllText(RepositoryPaths.AcceptedFindings));

        Assert.True(accepted.SequenceEqual(Report.Exceptions),
            $"The accessibility report's accepted exceptions differ from site/Accessibility/accepted-findings.json. Check again with: {BrowserTestPlan.RegenerateCommand("GuidancePageTests")}");
    }

    /// <summary>The ids of the rules in axe's script that carry any of <paramref name="tags"/>, as <c>axe.getRules(tags)</c> lists them.</summary>
    private static HashSet<string> RulesSelectedBy(string script, IReadOnlyList<string> tags)
    {
        var rules = new HashSet<string>(StringComparer.Ordinal);
        var starts = RuleStart().Matches(script);
        for (var i = 0; i < starts.Count; i++)
        {
            // A rule is {id:"...", ..., tags:[...], ...}; the checks that follow it in the script have no tags of their own.
            var end = i + 1 < starts.Count ? starts[i + 1].Index : script.Length;
            var ruleTags = Tags().Match(script, starts[i].Index, end - starts[i].Index);
            if (ruleTags.Success && ruleTags.Groups["tags"].Value.Split(',').Select(t => t.Trim('"')).Any(tags.Contains))
            {
                rules.Add(starts[i].Groups["id"].Value);
            }
        }

        return rules;
    }

    private static TestResults Checks(string test) =>
        Report.Tests.SingleOrDefault(t => t.Test == test) ?? new TestResults(test, [], []);

    private static void AssertSameSet(string test, IReadOnlySet<string> expected, IReadOnlySet<string> listed)
    {
        var missing = expected.Except(listed).Order(StringComparer.Ordinal).ToList();
        var extra = listed.Except(expected).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"The accessibility report is stale for {test}. Not checked ({missing.Count}): {List(missing)}. Checked but gone ({extra.Count}): {List(extra)}. "
            + $"Check again with: {BrowserTestPlan.RegenerateCommand(ClassOf(test))}");
    }

    private static string ClassOf(string test) => test[..test.IndexOf('.', StringComparison.Ordinal)];

    private static string List(IReadOnlyCollection<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);

    [GeneratedRegex(@"axe v(?<version>\d+\.\d+\.\d+)")]
    private static partial Regex AxeVersion();

    [GeneratedRegex("\\{id:\"(?<id>[a-z0-9-]+)\"")]
    private static partial Regex RuleStart();

    [GeneratedRegex(@"\btags:\[(?<tags>[^\]]*)\]")]
    private static partial Regex Tags();
}
