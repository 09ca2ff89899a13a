using GovDesign.Cli.Audit;
using GovDesign.Site.Accessibility;

namespace GovDesign.Browser.Tests;

/// <summary>
/// Writes the accessibility report from this run's results (<see cref="AccessibilityResults"/>) when the run ends.
/// This run's results are always written beside the test binaries (<c>accessibility-results.json</c>). The site's
/// report (<c>site/Accessibility/accessibility-report.json</c>) keeps the results of the tests that did not run
/// and takes this run's for the tests that did; when that changes anything but the date and browser version, the
/// file is rewritten and the run fails, naming the file to commit. A full run in CI therefore fails whenever the
/// committed report is stale, and the published report is always what the tests found.
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
            Tests = [.. committed.Tests.Where(t => !ran.Contains(t.Test)).Concat(results).OrderBy(t => t.Test, StringComparer.Ordinal)],
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
        throw new InvalidOperationException(
            $"The accessibility report did not match this run's results, so it has been rewritten from them: commit {ReportPath}. "
            + $"(It is a generated file: the site publishes it at /accessibility/report.) What changed: {string.Join("; ", Changes(committed, report).Take(20))}");
    }

    /// <summary>The checks added or removed, as "+ test: check" and "- test: check", and any change to the run's settings.</summary>
    private static IEnumerable<string> Changes(AccessibilityReport before, AccessibilityReport after)
    {
        static HashSet<string> Lines(AccessibilityReport report) =>
        [
            .. report.Tests.SelectMany(t => t.Axe.Select(c => $"{t.Test}: axe {c.Address} {c.Language} {c.State} [{string.Join(",", c.Accepted)}]")
                .Concat(t.Other.Select(c => $"{t.Test}: {c.Kind} {c.Address}"))),
            $"axe {report.AxeVersion}, {report.Rules.Count} rules, {report.Exceptions.Count} exceptions",
        ];

        var (old, now) = (Lines(before), Lines(after));
        return now.Except(old).Select(line => "+ " + line).Concat(old.Except(now).Select(line => "- " + line));
    }

    /// <summary>The report without what may change from one machine or day to another without any result changing.</summary>
    private static string Comparable(AccessibilityReport report) => (report with { Generated = "", Browser = "" }).ToJson();
}
