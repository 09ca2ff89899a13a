using GovDesign.Cli.Audit;
using GovDesign.Site.Accessibility;

namespace GovDesign.Browser.Tests;

/// <summary>
/// Writes the accessibility report from this run's results (<see cref="AccessibilityResults"/>) when the run ends.
/// This run's results are always written beside the test binaries (<c>accessibility-results.json</c>). The site's
/// report (<c>site/Accessibility/accessibility-report.json</c>) keeps the results of the tests that did not run
/// and takes this run's for the tests that did; when that changes anything but the date, the browser version and
/// which accepted govuk-frontend script findings showed (they depend on timing), the file is rewritten, to be
/// committed; the checks of a test that no longer exists are dropped. It does not fail the run, whose results depend
/// on timing: the site's tests (AccessibilityReportFreshnessTests) hold the committed report to the pages and page
/// states the browser tests would check now, and say which class to run again.
/// </summary>
public sealed class AccessibilityReportWriter : IAsyncDisposable
{
    /// <summary>The committed report in the repository.</summary>
    public static string ReportPath => Path.Combine(RepositoryPaths.Root, "site", "Accessibility", AccessibilityReport.FileName);

    public async ValueTask DisposeAsync()
    {
        if (AccessibilityResults.IsEmpty)
        {
            return;
        }

        var results = AccessibilityResults.Results();
        var ran = AccessibilityResults.Tests;
        var committed = File.Exists(ReportPath) ? AccessibilityReport.Parse(await File.ReadAllTextAsync(ReportPath)) : new AccessibilityReport();
        var report = committed with
        {
            AxeVersion = AccessibilityResults.AxeVersion.Length > 0 ? AccessibilityResults.AxeVersion : committed.AxeVersion,
            Tags = [.. AuditSettings.DefaultTags],
            Rules = AccessibilityResults.Rules.Count > 0 ? AccessibilityResults.Rules : committed.Rules,
            Exceptions = ScriptFindings.Accepted,
            Tests = [.. committed.Tests.Where(t => !ran.Contains(t.Test) && StillExists(t.Test)).Concat(results).OrderBy(t => t.Test, StringComparer.Ordinal)],
        };

        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "accessibility-results.json"), (report with { Tests = results }).ToJson());
        if (Comparable(report) == Comparable(committed))
        {
            return;
        }

        report = report with
        {
            Generated = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Browser = AccessibilityResults.Browser.Length > 0 ? AccessibilityResults.Browser : committed.Browser,
        };
        await File.WriteAllTextAsync(ReportPath, report.ToJson());
    }

    /// <summary>Whether a test the committed report lists (<c>Class.Method</c>) is still a test of this project: a renamed or removed one's checks are dropped.</summary>
    private static bool StillExists(string test)
    {
        var dot = test.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && typeof(AccessibilityReportWriter).Assembly.GetType($"{typeof(AccessibilityReportWriter).Namespace}.{test[..dot]}")?.GetMethod(test[(dot + 1)..]) is not null;
    }

    /// <summary>The report without what may change from one machine or day to another without any result changing.</summary>
    private static string Comparable(AccessibilityReport report) => (report with
    {
        Generated = "",
        Browser = "",

        // Whether govuk-frontend's scripts had run when axe did varies from run to run, and with it which accepted finding showed.
        Tests = [.. report.Tests.Select(t => t with { Axe = [.. t.Axe.Select(c => c with { Accepted = [] })] })],
    }).ToJson();
}
