using Deque.AxeCore.Commons;
using GovDesign.Site.Accessibility;

namespace GovDesign.Browser.Tests;

/// <summary>
/// axe findings on markup that govuk-frontend's own JavaScript writes after the page loads, not on
/// ours. Each is named with its reason. A test accepts one only on its component, and only after
/// the same page with JavaScript off, where the markup is all ours, passes every rule.
/// </summary>
internal static class ScriptFindings
{
    private static readonly (string Component, string Rule, string Reason)[] Known =
    [
        ("radios", "aria-allowed-attr",
            "govuk-frontend's radios script adds aria-expanded to a radio that reveals conditional content; ARIA does not list aria-expanded for role radio. The server markup uses data-aria-controls only."),
        ("accordion", "label-content-name-mismatch",
            "govuk-frontend's accordion script builds each section button's aria-label as 'heading , Show this section', which reads better than the visible 'heading Show'; axe marks this rule experimental."),
        ("file-upload", "label-content-name-mismatch",
            "govuk-frontend's file upload script labels its drop-zone button by the field's label, a comma and the button text, so the visible text 'Choose file No file chosen' is not a contiguous part of the name; axe marks this rule experimental."),
    ];

    /// <summary>The accepted findings, as the accessibility report lists them.</summary>
    public static IReadOnlyList<AcceptedFinding> Accepted { get; } = [.. Known.Select(k => new AcceptedFinding(k.Component, k.Rule, k.Reason))];

    /// <summary>The violations that no known finding on the page's component explains; every one when there is no component.</summary>
    public static IReadOnlyList<AxeResultItem> Unexplained(string? component, IEnumerable<AxeResultItem> violations) =>
        violations.Where(v => !Known.Any(k => k.Component == component && k.Rule == v.Id)).ToList();
}
