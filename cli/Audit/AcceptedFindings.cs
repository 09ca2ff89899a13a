using System.Text.Json;
using AngleSharp.Css.Parser;
using Microsoft.Playwright;

namespace GovDesign.Cli.Audit;

/// <summary>
/// A finding an auditor has looked at and accepted: the rule, where (a CSS selector that the element, or an
/// element it is inside, matches), why, and optionally what it is (a component's name, for the reports).
/// An entry of the kind "fixture" names a govuk-frontend fixture instead of a selector: it covers the rule on
/// that fixture's example page (<c>/examples/fixtures/&lt;component&gt;/&lt;example&gt;</c>) and nowhere else.
/// </summary>
internal sealed record AcceptedFinding(string Rule, string Selector, string Reason, string? Component = null)
{
    /// <summary>The govuk-frontend fixture (<c>component/example</c>) an entry of the kind "fixture" is for; null for a selector.</summary>
    public string? Fixture { get; init; }

    /// <summary>Where the entry applies, as the reports name it.</summary>
    public string Where => Fixture is { } fixture ? $"govuk-frontend fixture {fixture}" : Selector;

    /// <summary>True when the entry can cover findings on the page at <paramref name="url"/>.</summary>
    public bool AppliesTo(string url) => Fixture is not { } fixture
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath.TrimEnd('/').EndsWith("/examples/fixtures/" + fixture, StringComparison.Ordinal));
}

/// <summary>A finding that an <see cref="AcceptedFinding"/> covers: still reported, apart and with its reason, but never failing a run.</summary>
internal sealed record AcceptedViolation(Violation Violation, AcceptedFinding By);

/// <summary>
/// Reads the file that <c>--accept</c> names: <c>{ "accepted": [ { "rule", "selector", "reason", "component"? } ] }</c>,
/// or for a govuk-frontend fixture's own content <c>{ "kind": "fixture", "fixture", "rule", "reason" }</c>.
/// Every mistake is refused with the JSON pointer of the value at fault, so a typo cannot quietly accept
/// nothing or everything.
/// </summary>
internal static class AcceptedFindings
{
    private static readonly string[] Properties = ["rule", "selector", "reason", "component"];
    private static readonly string[] FixtureProperties = ["kind", "fixture", "rule", "reason"];
    private static readonly System.Text.RegularExpressions.Regex FixtureName = new("^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$");

    /// <summary>For each element (its selector) and accepted selectors, the index of the first that it or an element it is inside matches; -1 for none.</summary>
    private const string MatchScript = """
        queries => queries.map(q => {
          let element = null;
          try { element = document.querySelector(q.selector); } catch { return -1; }
          return element ? q.accept.findIndex(s => { try { return element.closest(s) !== null; } catch { return false; } }) : -1;
        })
        """;

    /// <summary>
    /// Parts <paramref name="violations"/> found on the open <paramref name="page"/> into those still to report
    /// and those an entry of <paramref name="accepted"/> covers: an element is covered when the entry names its
    /// rule and it, or an element it is inside, matches the entry's selector.
    /// </summary>
    public static async Task<(IReadOnlyList<Violation> Kept, IReadOnlyList<AcceptedViolation> Accepted)> SplitAsync(
        IPage page, IReadOnlyList<Violation> violations, IReadOnlyList<AcceptedFinding> accepted)
    {
        accepted = [.. accepted.Where(a => a.AppliesTo(page.Url))];
        var candidates = violations.Where(v => accepted.Any(a => a.Rule == v.RuleId)).ToList();
        if (candidates.Count == 0)
        {
            return (violations, []);
        }

        var entries = candidates.SelectMany(v => v.Nodes.Select(n => (Violation: v, Node: n, For: accepted.Where(a => a.Rule == v.RuleId).ToList()))).ToList();
        var matches = await page.EvaluateAsync<int[]>(MatchScript, entries.Select(e => new { selector = e.Node.Selector, accept = e.For.Select(a => a.Selector) }).ToArray());
        var by = entries.Select((e, i) => (e.Violation, e.Node, By: matches[i] < 0 ? null : e.For[matches[i]])).ToList();

        var kept = new List<Violation>();
        var covered = new List<AcceptedViolation>();
        foreach (var violation in violations)
        {
            var nodes = by.Where(x => ReferenceEquals(x.Violation, violation)).ToList();
            if (nodes.Count == 0)
            {
                kept.Add(violation);
                continue;
            }

            if (nodes.Where(x => x.By is null).Select(x => x.Node).ToList() is { Count: > 0 } open)
            {
                kept.Add(violation with { Nodes = open });
            }

            covered.AddRange(nodes.Where(x => x.By is not null).GroupBy(x => x.By!)
                .Select(g => new AcceptedViolation(violation with { Nodes = [.. g.Select(x => x.Node)] }, g.Key)));
        }

        return (kept, covered);
    }

    /// <summary>The accepted findings in <paramref name="path"/>, or what is wrong with the file.</summary>
    public static (IReadOnlyList<AcceptedFinding> Findings, string? Problem) Load(string path)
    {
        if (!File.Exists(path))
        {
            return ([], $"--accept {path}: there is no such file.");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var findings = new List<AcceptedFinding>();
            var problem = Read(document.RootElement, findings);
            return problem is null ? (findings, null) : ([], $"--accept {path}: {problem}");
        }
        catch (JsonException e)
        {
            return ([], $"--accept {path}: not JSON at line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}: {e.Message.Split([" LineNumber:", " Path:"], StringSplitOptions.None)[0]}");
        }
    }

    private static string? Read(JsonElement root, List<AcceptedFinding> findings)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("accepted", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return "give an object with a list \"accepted\", for example { \"accepted\": [ { \"rule\": \"color-contrast\", \"selector\": \".legacy-banner\", \"reason\": \"...\" } ] }.";
        }

        var parser = new CssSelectorParser();
        foreach (var (entry, i) in list.EnumerateArray().Select((e, i) => (e, i)))
        {
            var pointer = $"/accepted/{i}";
            if (entry.ValueKind != JsonValueKind.Object)
            {
                return $"{pointer} is not an object with rule, selector and reason.";
            }

            if (entry.TryGetProperty("kind", out var kind))
            {
                var problem = ReadFixture(entry, kind, pointer, findings);
                if (problem is not null)
                {
                    return problem;
                }

                continue;
            }

            if (entry.EnumerateObject().FirstOrDefault(p => !Properties.Contains(p.Name)) is { Value.ValueKind: not JsonValueKind.Undefined } unknown)
            {
                return $"{pointer}/{unknown.Name} is not known: give rule, selector, reason and, if you like, component.";
            }

            var text = new Dictionary<string, string>();
            foreach (var name in Properties)
            {
                if (entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } given)
                {
                    text[name] = given;
                }
                else if (name != "component" || entry.TryGetProperty(name, out _))
                {
                    return $"{pointer}/{name}: give {Describe(name)}.";
                }
            }

            if (parser.ParseSelector(text["selector"]) is null)
            {
                return $"{pointer}/selector: \"{text["selector"]}\" is not a CSS selector.";
            }

            findings.Add(new AcceptedFinding(text["rule"], text["selector"], text["reason"], text.GetValueOrDefault("component")));
        }

        return null;
    }

    /// <summary>An entry with a "kind": "fixture" is the only kind there is besides the selector entries, which have none.</summary>
    private static string? ReadFixture(JsonElement entry, JsonElement kind, string pointer, List<AcceptedFinding> findings)
    {
        if (kind.ValueKind != JsonValueKind.String || kind.GetString() != "fixture")
        {
            return $"{pointer}/kind: {kind.GetRawText()} is not a kind of entry: give \"fixture\" for a govuk-frontend fixture's own content, or no kind for a selector.";
        }

        if (entry.EnumerateObject().FirstOrDefault(p => !FixtureProperties.Contains(p.Name)) is { Value.ValueKind: not JsonValueKind.Undefined } unknown)
        {
            return $"{pointer}/{unknown.Name} is not known in a fixture entry: give kind, fixture, rule and reason.";
        }

        var text = new Dictionary<string, string>();
        foreach (var name in FixtureProperties.Skip(1))
        {
            if (!entry.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || value.GetString()!.Trim() is not { Length: > 0 } given)
            {
                return $"{pointer}/{name}: give {Describe(name)}.";
            }

            text[name] = given;
        }

        if (!FixtureName.IsMatch(text["fixture"]))
        {
            return $"{pointer}/fixture: \"{text["fixture"]}\" is not a fixture's address: give component/example as in /examples/fixtures/component/example, for example \"radios/without-fieldset\".";
        }

        findings.Add(new AcceptedFinding(text["rule"], ":root", text["reason"], text["fixture"].Split('/')[0]) { Fixture = text["fixture"] });
        return null;
    }

    private static string Describe(string property) => property switch
    {
        "fixture" => "the fixture as component/example, as in its address /examples/fixtures/component/example",
        "rule" => "the rule's id as the audit reports it (for example \"color-contrast\" or \"govdesign-link-vague\")",
        "selector" => "a CSS selector of the elements, or of an element they are inside",
        "reason" => "why the finding is accepted, in words a reader of the report understands",
        _ => "the name of what the finding is about, as text",
    };
}
