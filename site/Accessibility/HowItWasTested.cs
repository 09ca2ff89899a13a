using System.Globalization;

namespace GovDesign.Site.Accessibility;

/// <summary>One row of a "How it was tested" table: a kind of check, what was checked, and the result.</summary>
/// <param name="Check">The kind of check.</param>
/// <param name="What">What was checked, or that nothing was.</param>
/// <param name="Result">Passed, or "Not tested".</param>
public sealed record TestedRow(string Check, string What, string Result);

/// <summary>
/// The "How it was tested" table of a component, pattern or answer type's guidance page, written from the
/// accessibility report: what the browser tests checked for it, and, plainly, what nobody has tested.
/// </summary>
public static class HowItWasTested
{
    /// <summary>What no automated test can tell, listed on every page as not tested.</summary>
    public static IReadOnlyList<TestedRow> NotTested { get; } =
    [
        new("Screen readers", "No one has used it with a screen reader, such as Job Access With Speech (JAWS), NonVisual Desktop Access (NVDA), VoiceOver or TalkBack, for GovDesign.", "Not tested"),
        new("Voice control", "No one has used it with speech recognition (Dragon, Voice Control, Voice Access) for GovDesign.", "Not tested"),
        new("Screen magnifiers", "No one has used it with a screen magnifier (ZoomText, Windows Magnifier) for GovDesign.", "Not tested"),
        new("Research with disabled people", "None yet.", "Not tested"),
    ];

    /// <summary>
    /// The rows for the guidance page at <paramref name="url"/> (<c>/components/radios</c>): its examples
    /// (<c>/examples/components/radios/...</c>, and any others it shows: <paramref name="shown"/>), for a component
    /// govuk-frontend's examples of it, and the page itself.
    /// </summary>
    public static IReadOnlyList<TestedRow> For(AccessibilityReport report, string url, IEnumerable<string>? shown = null)
    {
        var group = url.TrimStart('/');
        var component = group.StartsWith("components/", StringComparison.Ordinal) ? group["components/".Length..] : null;
        var examples = (shown ?? []).Select(id => $"/examples/{id}").ToHashSet(StringComparer.Ordinal);
        var axe = report.AxeChecks
            .Where(c => c.Address.StartsWith($"/examples/{group}/", StringComparison.Ordinal)
                || examples.Contains(Path(c.Address))
                || (component is not null && c.Kind == "fixture" && c.Component == component)
                || Path(c.Address) == url)
            .ToList();
        var exampleCount = axe.Where(c => c.Kind == "example").Select(c => Path(c.Address)).Distinct().Count();
        var fixtures = axe.Where(c => c.Kind == "fixture").Select(c => Path(c.Address).Split('/')[^1]).Distinct().Count();
        var page = axe.Any(c => Path(c.Address) == url);
        var accepted = axe.SelectMany(c => c.Accepted).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = new List<TestedRow>();
        if (axe.Count > 0)
        {
            var what = new List<string>();
            if (exampleCount > 0)
            {
                what.Add(Count(exampleCount, "example on this site", "examples on this site"));
            }

            if (fixtures > 0)
            {
                what.Add(Count(fixtures, "govuk-frontend example", "govuk-frontend examples"));
            }

            if (page)
            {
                what.Add("this page, with its examples in frames");
            }

            var sentence = string.Join("; ", what);
            rows.Add(new TestedRow(
                $"Automated checks: axe-core {report.AxeVersion}, WCAG 2.2 A and AA rules",
                $"{char.ToUpperInvariant(sentence[0])}{sentence[1..]}: each loaded in {report.Browser} with JavaScript on, and checked against the Web Content Accessibility Guidelines (WCAG) 2.2 A and AA rules.",
                accepted.Count == 0 ? "Passed"
                    : $"Passed, with {string.Join(" and ", accepted)} accepted (see known issues); the same pages passed every rule with JavaScript off"));
            var languages = axe.Select(c => c.Language).Distinct().Select(Language).Order(StringComparer.Ordinal).ToList();
            rows.Add(new TestedRow("Languages", $"Checked in {string.Join(", ", languages)}.", "Passed"));
        }
        else
        {
            rows.Add(new TestedRow("Automated checks (axe-core)", "No page of this guidance was in the last test run.", "Not tested"));
        }

        foreach (var (kind, title) in new[] { ("reflow", "Reflow at 320 CSS pixels"), ("text-spacing", "Text spacing"), ("keyboard", "Keyboard alone"), ("focus", "Focus") })
        {
            var checks = report.OtherChecks.Where(c => c.Kind == kind && (Path(c.Address) == url || c.Address.StartsWith($"/examples/{group}/", StringComparison.Ordinal))).ToList();
            rows.Add(checks.Count > 0
                ? new TestedRow(title, $"This page: {checks[0].What}", "Passed")
                : new TestedRow(title, kind is "keyboard" or "focus"
                    ? "No test uses it with the keyboard alone or follows its focus; axe checks only some keyboard rules."
                    : "Not checked for this page.", "Not tested"));
        }

        return [.. rows, .. NotTested];
    }

    private static string Path(string address) => address.Split('?')[0];

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : string.Create(CultureInfo.InvariantCulture, $"{n} {many}");

    private static string Language(string code) => code switch
    {
        "en" => "English",
        "cy" => "Welsh",
        "vi" => "Vietnamese",
        _ => code,
    };
}
