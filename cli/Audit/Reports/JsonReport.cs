using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDesign.Cli.Audit.Reports;

/// <summary>
/// Everything the audit found, as JSON: a summary, then every page with its findings, each with its <c>level</c>
/// (fail or check) and elements, and the findings <c>--accept</c> covers, each with its reason.
/// </summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task WriteAsync(AuditResult result, string path)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, Shape(result), Options);
    }

    private static object Shape(AuditResult result) => new
    {
        tool = "govdesign audit",
        started = result.Started,
        durationSeconds = Math.Round(result.Duration.TotalSeconds, 2),
        tags = result.Tags,
        summary = new
        {
            pages = result.Pages.Count,
            pagesWithViolations = result.Pages.Count(p => p.Violations.Count > 0),
            pagesNotAudited = result.Pages.Count(p => p.Error is not null),
            violations = result.Fails.Count(),
            elements = result.Fails.Sum(v => v.Nodes.Count),
            byImpact = Enum.GetValues<Impact>().ToDictionary(i => i.ToString().ToLowerInvariant(), i => result.Fails.Count(v => v.Impact == i)),
            checks = result.Checks.Count(),
            checkElements = result.Checks.Sum(v => v.Nodes.Count),
            accepted = result.Accepted.Count(),
        },
        pages = result.Pages.Select(p => new
        {
            url = p.Url,
            title = p.Title,
            durationMs = (int)p.Duration.TotalMilliseconds,
            error = p.Error,
            violations = p.Violations.Select(v => new
            {
                id = v.RuleId,
                level = v.Level,
                source = v.Source,
                impact = v.Impact,
                description = v.Description,
                help = v.Help,
                helpUrl = v.HelpUrl,
                wcag = v.Wcag,
                nodes = v.Nodes,
            }),
            accepted = p.Accepted.Select(a => new
            {
                id = a.Violation.RuleId,
                level = a.Violation.Level,
                impact = a.Violation.Impact,
                help = a.Violation.Help,
                wcag = a.Violation.Wcag,
                reason = a.By.Reason,
                component = a.By.Component,
                acceptedAt = a.By.Where,
                nodes = a.Violation.Nodes,
            }),
        }),
    };
}
