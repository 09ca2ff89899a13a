using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDesign.Site.Accessibility;

/// <summary>
/// The accessibility report: what the browser tests (tests/GovDesign.Browser.Tests) checked and found, written by
/// that test run, never by hand, into <c>site/Accessibility/accessibility-report.json</c> (<see cref="FileName"/>).
/// Every check listed passed: a check that fails fails its test. A run whose results differ from this file rewrites
/// it, to be committed; the site's tests fail when the committed file no longer lists the pages and page states the
/// browser tests would check now (never on its date or timing). The site reads it from its own
/// resources and shows it at <c>/accessibility/report</c> and in each component's "How it was tested".
/// </summary>
public sealed record AccessibilityReport
{
    /// <summary>The file's name, in <c>site/Accessibility/</c> and among the site's resources.</summary>
    public const string FileName = "accessibility-report.json";

    /// <summary>The date (<c>yyyy-MM-dd</c>) of the run that last changed these results.</summary>
    public string Generated { get; init; } = "";

    /// <summary>The axe-core version that ran the rules.</summary>
    public string AxeVersion { get; init; } = "";

    /// <summary>The browser the tests drove, with its version, on the run that last changed these results.</summary>
    public string Browser { get; init; } = "";

    /// <summary>The axe rule tags run (WCAG 2.0, 2.1 and 2.2, levels A and AA).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The ids of the axe rules those tags select.</summary>
    public IReadOnlyList<string> Rules { get; init; } = [];

    /// <summary>The findings accepted, each on one component only, with the reason.</summary>
    public IReadOnlyList<AcceptedFinding> Exceptions { get; init; } = [];

    /// <summary>The checks, by the test that made them.</summary>
    public IReadOnlyList<TestResults> Tests { get; init; } = [];

    /// <summary>Every axe check of every test.</summary>
    [JsonIgnore]
    public IEnumerable<AxeCheck> AxeChecks => Tests.SelectMany(t => t.Axe);

    /// <summary>Every other check (keyboard, focus, reflow, text spacing) of every test.</summary>
    [JsonIgnore]
    public IEnumerable<OtherCheck> OtherChecks => Tests.SelectMany(t => t.Other);

    /// <summary>How the file is written: indented, camelCase, without empty values.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report as the file holds it, with a final line break.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json).ReplaceLineEndings("\n") + "\n";

    /// <summary>Reads a report; an empty report for empty text.</summary>
    public static AccessibilityReport Parse(string json) =>
        string.IsNullOrWhiteSpace(json) ? new AccessibilityReport() : JsonSerializer.Deserialize<AccessibilityReport>(json, Json) ?? new AccessibilityReport();

    /// <summary>The report built into the site; an empty one when the site was built without it.</summary>
    public static AccessibilityReport Current { get; } = Load();

    private static AccessibilityReport Load()
    {
        using var stream = typeof(AccessibilityReport).Assembly.GetManifestResourceStream(FileName);
        if (stream is null)
        {
            return new AccessibilityReport();
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

/// <summary>The checks one test made.</summary>
/// <param name="Test">The test, as <c>Class.Method</c>.</param>
/// <param name="Axe">Its axe checks.</param>
/// <param name="Other">Its other checks.</param>
public sealed record TestResults(string Test, IReadOnlyList<AxeCheck> Axe, IReadOnlyList<OtherCheck> Other);

/// <summary>One page checked by axe, with no violations other than <paramref name="Accepted"/>.</summary>
/// <param name="Kind">page, example, fixture (a govuk-frontend example) or form (a form runner's page in a state).</param>
/// <param name="Address">The page's path and query on the server the test ran.</param>
/// <param name="Language">The page's language (its <c>html lang</c>).</param>
/// <param name="State">For a form page, its state: first, error, filled, check answers ...</param>
/// <param name="Component">The component whose examples the page shows, when it does.</param>
/// <param name="Accepted">The accepted findings' rule ids on the page; the same page with JavaScript off then passed every rule.</param>
public sealed record AxeCheck(string Kind, string Address, string Language, string? State, string? Component, IReadOnlyList<string> Accepted);

/// <summary>One check other than axe's rules, which passed.</summary>
/// <param name="Kind">keyboard, focus, reflow or text-spacing.</param>
/// <param name="Address">The page's path and query.</param>
/// <param name="What">What was checked, as a sentence.</param>
/// <param name="NotFoundPage">Whether the page is the page-not-found page: checked at an address that answers 404, so there is no page to link to.</param>
public sealed record OtherCheck(string Kind, string Address, string What,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool NotFoundPage = false);

/// <summary>An axe finding accepted on one component, with its reason.</summary>
/// <param name="Component">The component it is accepted on.</param>
/// <param name="Rule">The axe rule id.</param>
/// <param name="Reason">Why it is accepted.</param>
public sealed record AcceptedFinding(string Component, string Rule, string Reason);

/// <summary>Reads the script findings (the entries without a <c>kind</c>) of an accepted-findings file; entries of another kind, such as the audit's fixture findings, are not axe findings on a component.</summary>
public static class AcceptedFindings
{
    /// <summary>The script findings in <paramref name="json"/>, in the file's order.</summary>
    /// <param name="json">The text of <c>site/Accessibility/accepted-findings.json</c>.</param>
    public static IReadOnlyList<AcceptedFinding> ScriptFindings(string json)
    {
        using var file = JsonDocument.Parse(json);
        return [.. file.RootElement.GetProperty("accepted").EnumerateArray()
            .Where(e => !e.TryGetProperty("kind", out _))
            .Select(e => new AcceptedFinding(e.GetProperty("component").GetString()!, e.GetProperty("rule").GetString()!, e.GetProperty("reason").GetString()!))];
    }
}
