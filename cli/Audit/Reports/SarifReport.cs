using System.Text.Json;

namespace GovDesign.Cli.Audit.Reports;

/// <summary>
/// SARIF 2.1.0: each rule once in the driver, a result per affected element, located by page address and
/// selector; checks are notes; accepted findings are suppressed results, with the reason as justification.
/// </summary>
internal static class SarifReport
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static async Task WriteAsync(AuditResult result, string path)
    {
        var rules = result.Violations.Concat(result.Accepted.Select(a => a.Violation)).GroupBy(v => v.RuleId).Select(g => g.First()).OrderBy(v => v.RuleId, StringComparer.Ordinal).ToList();
        var index = rules.Select((r, i) => (r.RuleId, i)).ToDictionary(x => x.RuleId, x => x.i);
        var sarif = new Dictionary<string, object>
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new[]
            {
                new
                {
                    tool = new
                    {
                        driver = new
                        {
                            name = "govdesign audit",
                            informationUri = "https://www.w3.org/WAI/WCAG22/quickref/",
                            rules = rules.Select(r => new
                            {
                                id = r.RuleId,
                                shortDescription = new { text = r.Description },
                                fullDescription = new { text = r.Description },
                                help = new { text = r.Help },
                                helpUri = r.HelpUrl,
                                defaultConfiguration = new { level = Level(r) },
                                properties = new { tags = r.Wcag.Select(c => $"WCAG {c}").Append(r.Source).Append(r.Level.ToString().ToLowerInvariant()).ToArray(), impact = r.Impact.ToString().ToLowerInvariant() },
                            }),
                        },
                    },
                    results = result.Pages.SelectMany(p =>
                        p.Violations.SelectMany(v => v.Nodes.Select(n => Result(p, v, n, index, null)))
                        .Concat(p.Accepted.SelectMany(a => a.Violation.Nodes.Select(n => Result(p, a.Violation, n, index, a.By))))),
                },
            },
        };
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, sarif, Options);
    }

    /// <summary>A result per element; one an auditor accepted carries an external suppression with the reason, as SARIF readers expect.</summary>
    private static Dictionary<string, object> Result(PageResult page, Violation v, AffectedNode n, Dictionary<string, int> index, AcceptedFinding? acceptedBy)
    {
        var result = new Dictionary<string, object>
        {
            ["ruleId"] = v.RuleId,
            ["ruleIndex"] = index[v.RuleId],
            ["level"] = Level(v),
            ["message"] = new { text = $"{v.Help} ({n.Selector}){(n.Summary is null ? "" : " " + n.Summary)}" },
            ["locations"] = new[]
            {
                new
                {
                    physicalLocation = new { artifactLocation = new { uri = page.Url } },
                    logicalLocations = new[] { new { fullyQualifiedName = n.Selector, kind = "element" } },
                },
            },
            ["properties"] = new { selector = n.Selector, html = n.Html, wcag = v.Wcag },
        };
        if (acceptedBy is not null)
        {
            result["suppressions"] = new[] { new { kind = "external", justification = acceptedBy.Reason } };
        }

        return result;
    }

    /// <summary>A check is always a note (a person must confirm it); a fail is an error or warning by its impact.</summary>
    private static string Level(Violation v) => v.Level == Audit.Level.Check ? "note" : v.Impact switch
    {
        Impact.Critical or Impact.Serious => "error",
        Impact.Moderate => "warning",
        _ => "note",
    };
}
