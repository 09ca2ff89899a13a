using Deque.AxeCore.Commons;
using GovDesign.Site.Accessibility;

namespace GovDesign.Browser.Tests;

/// <summary>
/// axe findings on markup that govuk-frontend's own JavaScript writes after the page loads, not on
/// ours, each with its component and reason. They are kept in site/Accessibility/accepted-findings.json,
/// the file <c>govdesign audit --accept</c> reads, so the audit and these tests accept the same list. A
/// test accepts one only on its component, and only after the same page with JavaScript off, where the
/// markup is all ours, passes every rule.
/// </summary>
internal static class ScriptFindings
{
    /// <summary>The accepted findings, as the accessibility report lists them.</summary>
    public static IReadOnlyList<AcceptedFinding> Accepted { get; } = AcceptedFindings.ScriptFindings(File.ReadAllText(RepositoryPaths.AcceptedFindings));

    /// <summary>The violations that no known finding on the page's component explains; every one when there is no component.</summary>
    public static IReadOnlyList<AxeResultItem> Unexplained(string? component, IEnumerable<AxeResultItem> violations) =>
        violations.Where(v => !Accepted.Any(k => k.Component == component && k.Rule == v.Id)).ToList();
}
