using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDesign.Cli.Audit.Reports;

/// <summary>Everything the audit found, as JSON: a summary, then every page with its violations and elements.</summary>
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
            violations = result.Violations.Count(),
            elements = result.NodeCount,
            byImpact = Enum.GetValues<Impact>().ToDictionary(i => i.ToString().ToLowerInvariant(), i => result.Violations.Count(v => v.Impact == i)),
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
                source = v.Source,
                impact = v.Impact,
                description = v.Description,
                help = v.Help,
                helpUrl = v.HelpUrl,
                wcag = v.Wcag,
                nodes = v.Nodes,
            }),
        }),
    };
}
