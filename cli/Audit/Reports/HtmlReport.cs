using System.Globalization;
using System.Net;
using System.Text;

namespace GovDesign.Cli.Audit.Reports;

/// <summary>
/// The report people read: one HTML file with its CSS and screenshots inside (data: URIs), so it
/// works offline and makes no requests. An overview (pages, violations by impact, rule and WCAG
/// criterion), then each page's violations with what to do and a screenshot with the elements outlined.
/// </summary>
internal static class HtmlReport
{
    public static async Task WriteAsync(AuditResult result, string path) => await File.WriteAllTextAsync(path, Render(result), Encoding.UTF8);

    public static string Render(AuditResult result)
    {
        var html = new StringBuilder();
        var violations = result.Fails.ToList();
        var title = $"Accessibility audit: {Count(result.Pages.Count, "page")}, {Count(violations.Count, "violation")}, {Count(result.Checks.Count(), "check")} to confirm";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append("</title>\n<style>").Append(HtmlReportStyles.Css).Append("</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#main\">Skip to the results</a>\n<header><p class=\"brand\">GovDesign accessibility audit</p></header>\n")
            .Append("<main id=\"main\">\n<h1>").Append(E(title)).Append("</h1>\n<p>Run on ").Append(E(result.Started.UtcDateTime.ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture)))
            .Append(" in ").Append(result.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)).Append(" seconds, with the axe rule tags ")
            .Append(E(string.Join(", ", result.Tags))).Append(" and GovDesign's own checks.</p>\n");
        Overview(html, result, violations);
        var number = 0;
        foreach (var page in result.Pages)
        {
            Page(html, page, ++number);
        }

        html.Append("</main>\n<footer><p>Made by <code>govdesign audit</code>. Automated checks find some accessibility problems, not all: test with people and assistive technology too.</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Overview(StringBuilder html, AuditResult result, List<Violation> violations)
    {
        html.Append("<section aria-labelledby=\"overview\">\n<h2 id=\"overview\">Overview</h2>\n<ul class=\"stats\">\n")
            .Append(Stat(result.Pages.Count, "pages audited")).Append(Stat(result.Pages.Count(p => p.Violations.Count > 0), "pages with violations"))
            .Append(Stat(violations.Count, "violations (a rule broken on a page)")).Append(Stat(violations.Sum(v => v.Nodes.Count), "affected elements"))
            .Append(Stat(result.Checks.Count(), "checks for a person to confirm")).Append("</ul>\n")
            .Append("<p>A violation breaks a WCAG success criterion. A check is a likely barrier that the audit cannot be sure of: a person must look at it and decide.</p>\n");

        Table(html, "Violations by impact", ["Impact", "Violations", "Elements"],
            Enum.GetValues<Impact>().Reverse().Select(i => violations.Where(v => v.Impact == i).ToList())
                .Select((list, k) => new[] { Badge(Enum.GetValues<Impact>().Reverse().ElementAt(k)), list.Count.ToString(CultureInfo.InvariantCulture), list.Sum(v => v.Nodes.Count).ToString(CultureInfo.InvariantCulture) }));

        Table(html, "Findings by rule", ["Rule", "Level", "Impact", "WCAG", "Pages", "Elements"],
            result.Violations.GroupBy(v => v.RuleId).OrderBy(g => g.First().Level).ThenByDescending(g => g.First().Impact).ThenByDescending(g => g.Count())
                .Select(g => new[] { $"<a href=\"{E(g.First().HelpUrl)}\">{E(g.Key)}<span class=\"visually-hidden\">: how to fix it</span></a>", LevelName(g.First().Level), Badge(g.First().Impact), E(string.Join(", ", g.First().Wcag)), N(g.Count()), N(g.Sum(v => v.Nodes.Count)) }));

        Table(html, "Findings by WCAG success criterion", ["Success criterion", "Rules", "Violations and checks", "Elements"],
            result.Violations.SelectMany(v => v.Wcag.DefaultIfEmpty("none").Select(c => (c, v))).GroupBy(x => x.c).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new[] { g.Key == "none" ? "Best practice (no criterion)" : $"<a href=\"{E(Wcag.QuickRefUrl(g.Key))}\">{E(Wcag.Describe(g.Key))}</a>", E(string.Join(", ", g.Select(x => x.v.RuleId).Distinct())), N(g.Count()), N(g.Sum(x => x.v.Nodes.Count)) }));

        Table(html, "Pages", ["Page", "Violations", "Elements", "Worst impact", "Checks"],
            result.Pages.Select((p, i) => (p, i, fails: p.Violations.Where(v => v.Level == Level.Fail).ToList())).Select(x => new[]
            {
                $"<a href=\"#page-{x.i + 1}\">{E(x.p.Title is { Length: > 0 } t ? t : x.p.Url)}</a>", x.p.Error is null ? N(x.fails.Count) : "Not audited",
                N(x.fails.Sum(v => v.Nodes.Count)), x.fails.Count > 0 ? Badge(x.fails.Max(v => v.Impact)) : "None", N(x.p.Violations.Count - x.fails.Count),
            }));
        if (result.Accepted.Any())
        {
            html.Append("<p>These findings were accepted with <code>--accept</code>: they are not counted above, and each gives its reason.</p>\n");
            Table(html, "Accepted findings", ["Rule", "Where", "Reason", "Pages", "Elements"],
                result.Accepted.GroupBy(a => a.By).Select(g => new[]
                {
                    $"<code>{E(g.Key.Rule)}</code>", $"{(g.Key.Component is { } c ? E(c) + ": " : "")}<code>{E(g.Key.Where)}</code>", E(g.Key.Reason), N(g.Count()), N(g.Sum(a => a.Violation.Nodes.Count)),
                }));
        }

        html.Append("</section>\n");
    }

    private static void Page(StringBuilder html, PageResult page, int number)
    {
        html.Append($"<section class=\"page\" aria-labelledby=\"page-{number}\">\n<h2 id=\"page-{number}\">Page {number}: ").Append(E(page.Title is { Length: > 0 } t ? t : "(no title)")).Append("</h2>\n")
            .Append("<p>Address: <a href=\"").Append(E(page.Url)).Append("\">").Append(E(page.Url)).Append("</a></p>\n");
        if (page.Error is not null)
        {
            html.Append("<p class=\"error\">This page could not be audited: ").Append(E(page.Error)).Append("</p>\n</section>\n");
            return;
        }

        if (page.Violations.Count == 0)
        {
            html.Append("<p>No violations found, and nothing to check.</p>\n</section>\n");
            return;
        }

        var fails = page.Violations.Where(v => v.Level == Level.Fail).OrderByDescending(v => v.Impact).ToList();
        var checks = page.Violations.Where(v => v.Level == Level.Check).OrderByDescending(v => v.Impact).ToList();
        Findings(html, fails, $"page-{number}-v", 3);
        if (checks.Count > 0)
        {
            html.Append("<div class=\"checks\">\n<h3 id=\"page-").Append(number).Append("-checks\">")
                .Append(Count(checks.Count, "check")).Append(" to confirm</h3>\n<p>Likely barriers that need a person to look: each says what to look for.</p>\n");
            Findings(html, checks, $"page-{number}-c", 4);
            html.Append("</div>\n");
        }

        if (page.Screenshot is { } screenshot)
        {
            html.Append("<figure>\n<img src=\"data:image/jpeg;base64,").Append(Convert.ToBase64String(screenshot)).Append("\" alt=\"Screenshot of page ").Append(number)
                .Append(" with the affected elements outlined by a dashed red line\">\n<figcaption>Page ").Append(number).Append(" as audited, 1280 pixels wide; a dashed red line outlines each affected element.</figcaption>\n</figure>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>Each finding as an article under a heading of <paramref name="level"/>, its elements listed under the next level.</summary>
    private static void Findings(StringBuilder html, List<Violation> findings, string idPrefix, int level)
    {
        var item = 0;
        foreach (var v in findings)
        {
            var id = idPrefix + ++item;
            html.Append("<article class=\"violation").Append(v.Level == Level.Check ? " check" : "").Append("\" aria-labelledby=\"").Append(id).Append("\">\n<h").Append(level).Append(" id=\"").Append(id).Append("\">")
                .Append(E(v.Help)).Append("</h").Append(level).Append(">\n<dl>\n<dt>Rule</dt><dd><code>").Append(E(v.RuleId)).Append("</code> (").Append(v.Source == "axe" ? "axe-core" : "GovDesign").Append(")</dd>\n")
                .Append("<dt>Level</dt><dd>").Append(LevelName(v.Level)).Append("</dd>\n")
                .Append("<dt>Impact</dt><dd>").Append(Badge(v.Impact)).Append("</dd>\n<dt>WCAG</dt><dd>")
                .Append(v.Wcag.Count == 0 ? "Best practice, no success criterion" : string.Join(", ", v.Wcag.Select(c => $"<a href=\"{E(Wcag.QuickRefUrl(c))}\">{E(Wcag.Describe(c))}</a>"))).Append("</dd>\n")
                .Append("<dt>").Append(v.Level == Level.Check ? "What to look for" : "Problem").Append("</dt><dd>").Append(E(v.Description)).Append("</dd>\n")
                .Append("<dt>What to do</dt><dd>").Append(E(v.Help)).Append(" <a href=\"").Append(E(v.HelpUrl)).Append("\">More about <code>").Append(E(v.RuleId)).Append("</code></a></dd>\n</dl>\n")
                .Append("<h").Append(level + 1).Append('>').Append(Count(v.Nodes.Count, "affected element")).Append("</h").Append(level + 1).Append(">\n<ol class=\"nodes\">\n");
            foreach (var node in v.Nodes)
            {
                html.Append("<li><p>Selector: <code>").Append(E(node.Selector)).Append("</code></p>\n<pre><code>").Append(E(node.Html)).Append("</code></pre>\n");
                if (node.Summary is not null)
                {
                    html.Append("<p>").Append(E(node.Summary)).Append("</p>\n");
                }

                html.Append("</li>\n");
            }

            html.Append("</ol>\n</article>\n");
        }
    }

    private static string LevelName(Level level) => level == Level.Check ? "check" : "fail";

    private static void Table(StringBuilder html, string caption, string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        html.Append("<h3>").Append(E(caption)).Append("</h3>\n");
        if (list.Count == 0)
        {
            html.Append("<p>None.</p>\n");
            return;
        }

        html.Append("<table>\n<caption class=\"visually-hidden\">").Append(E(caption)).Append("</caption>\n<thead><tr>")
            .Append(string.Concat(headers.Select(h => $"<th scope=\"col\">{E(h)}</th>"))).Append("</tr></thead>\n<tbody>\n");
        foreach (var row in list)
        {
            html.Append("<tr><th scope=\"row\">").Append(row[0]).Append("</th>").Append(string.Concat(row.Skip(1).Select(c => $"<td>{c}</td>"))).Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string Stat(int value, string label) => $"<li><span class=\"number\">{value}</span> {E(label)}</li>\n";

    private static string Badge(Impact impact) => $"<span class=\"impact impact-{impact.ToString().ToLowerInvariant()}\">{impact.ToString().ToLowerInvariant()}</span>";

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
