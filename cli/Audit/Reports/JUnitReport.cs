using System.Globalization;
using System.Xml.Linq;

namespace GovDesign.Cli.Audit.Reports;

/// <summary>
/// JUnit XML for CI: one test case per page, one failure per fail, an error for a page that could not be
/// audited. Checks do not fail a test case: each is a property of its page's test case (name <c>check</c>,
/// value the rule and what to look for), so CI shows them without counting them as failures; so is each
/// finding <c>--accept</c> covers (name <c>accepted</c>, value the rule and the reason).
/// </summary>
internal static class JUnitReport
{
    public static async Task WriteAsync(AuditResult result, string path)
    {
        var failures = result.Fails.Count();
        var errors = result.Pages.Count(p => p.Error is not null);
        var suite = new XElement("testsuite",
            new XAttribute("name", "govdesign audit"),
            new XAttribute("tests", result.Pages.Count),
            new XAttribute("failures", failures),
            new XAttribute("errors", errors),
            new XAttribute("timestamp", result.Started.UtcDateTime.ToString("s", CultureInfo.InvariantCulture)),
            new XAttribute("time", Seconds(result.Duration)),
            result.Pages.Select(Case));
        var document = new XDocument(new XElement("testsuites",
            new XAttribute("name", "govdesign audit"), new XAttribute("tests", result.Pages.Count),
            new XAttribute("failures", failures), new XAttribute("errors", errors), new XAttribute("time", Seconds(result.Duration)), suite));
        await using var stream = File.Create(path);
        await document.SaveAsync(stream, SaveOptions.None, CancellationToken.None);
    }

    private static XElement Case(PageResult page)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", "accessibility"), new XAttribute("name", page.Url), new XAttribute("time", Seconds(page.Duration)));
        if (page.Error is not null)
        {
            element.Add(new XElement("error", new XAttribute("message", page.Error), page.Error));
        }

        var checks = page.Violations.Where(v => v.Level == Level.Check).Select(v => Property("check", v, v.Help))
            .Concat(page.Accepted.Select(a => Property("accepted", a.Violation, $"accepted: {a.By.Reason}"))).ToList();
        if (checks.Count > 0)
        {
            element.AddFirst(new XElement("properties", checks));
        }

        foreach (var v in page.Violations.Where(v => v.Level == Level.Fail))
        {
            var details = string.Join(Environment.NewLine, new[] { v.Description, $"What to do: {v.Help}", $"WCAG: {string.Join(", ", v.Wcag)}", $"More: {v.HelpUrl}" }
                .Concat(v.Nodes.Select(n => $"- {n.Selector}: {n.Html}{(n.Summary is null ? "" : $" ({n.Summary})")}")));
            element.Add(new XElement("failure",
                new XAttribute("message", $"{v.RuleId} ({v.Impact.ToString().ToLowerInvariant()}): {v.Help}"),
                new XAttribute("type", v.RuleId), details));
        }

        return element;
    }

    private static XElement Property(string name, Violation v, string text) => new("property",
        new XAttribute("name", name), new XAttribute("value", $"{v.RuleId} ({string.Join(", ", v.Wcag)}): {text} " + string.Join(" ", v.Nodes.Select(n => $"[{n.Selector}]"))));

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
