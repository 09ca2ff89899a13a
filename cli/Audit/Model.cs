namespace GovDesign.Cli.Audit;

/// <summary>How much a finding gets in a person's way, in axe's four steps.</summary>
internal enum Impact
{
    Minor = 1,
    Moderate = 2,
    Serious = 3,
    Critical = 4,
}

/// <summary>One element a finding is about: a CSS selector that finds it and its opening markup.</summary>
internal sealed record AffectedNode(string Selector, string Html, string? Summary = null);

/// <summary>
/// One rule broken on one page, with every element that breaks it. Rules come from axe
/// (<see cref="Source"/> "axe") or from GovDesign's own checks ("govdesign", ids start govdesign-).
/// </summary>
internal sealed record Violation(
    string RuleId,
    string Source,
    Impact Impact,
    string Description,
    string Help,
    string HelpUrl,
    IReadOnlyList<string> Wcag,
    IReadOnlyList<AffectedNode> Nodes);

/// <summary>What the audit found on one page; <see cref="Error"/> is set when it could not be audited.</summary>
internal sealed record PageResult(string Url, string? Title, IReadOnlyList<Violation> Violations, TimeSpan Duration, string? Error = null)
{
    /// <summary>A JPEG of the whole page with the affected elements outlined, when a report asked for it.</summary>
    public byte[]? Screenshot { get; init; }

    /// <summary>Same-origin links found on the page, for a crawl.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];
}

/// <summary>The whole audit: every page, and when it ran.</summary>
internal sealed record AuditResult(IReadOnlyList<PageResult> Pages, DateTimeOffset Started, TimeSpan Duration, IReadOnlyList<string> Tags)
{
    /// <summary>Every violation of every page.</summary>
    public IEnumerable<Violation> Violations => Pages.SelectMany(p => p.Violations);

    /// <summary>Elements affected, counted over every violation.</summary>
    public int NodeCount => Violations.Sum(v => v.Nodes.Count);
}
