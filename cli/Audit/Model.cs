namespace GovDesign.Cli.Audit;

/// <summary>How much a finding gets in a person's way, in axe's four steps.</summary>
internal enum Impact
{
    Minor = 1,
    Moderate = 2,
    Serious = 3,
    Critical = 4,
}

/// <summary>
/// How sure a finding is. A fail breaks a WCAG success criterion; a check is a likely barrier that a
/// person must confirm, and says what to look for. Checks fail a run only with <c>--fail-on check</c>.
/// </summary>
internal enum Level
{
    Fail,
    Check,
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
    IReadOnlyList<AffectedNode> Nodes)
{
    /// <summary>A fail (the default) or a check for a person to confirm.</summary>
    public Level Level { get; init; } = Level.Fail;
}

/// <summary>What the audit found on one page; <see cref="Error"/> is set when it could not be audited.</summary>
internal sealed record PageResult(string Url, string? Title, IReadOnlyList<Violation> Violations, TimeSpan Duration, string? Error = null)
{
    /// <summary>A JPEG of the whole page with the affected elements outlined, when a report asked for it.</summary>
    public byte[]? Screenshot { get; init; }

    /// <summary>Same-origin links found on the page, for a crawl.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>Findings that <c>--accept</c> covers: reported apart, with their reason, and never failing the run.</summary>
    public IReadOnlyList<AcceptedViolation> Accepted { get; init; } = [];
}

/// <summary>The whole audit: every page, and when it ran.</summary>
internal sealed record AuditResult(IReadOnlyList<PageResult> Pages, DateTimeOffset Started, TimeSpan Duration, IReadOnlyList<string> Tags)
{
    /// <summary>Every finding of every page, fails and checks.</summary>
    public IEnumerable<Violation> Violations => Pages.SelectMany(p => p.Violations);

    /// <summary>The findings that break a success criterion.</summary>
    public IEnumerable<Violation> Fails => Violations.Where(v => v.Level == Level.Fail);

    /// <summary>The findings a person must confirm.</summary>
    public IEnumerable<Violation> Checks => Violations.Where(v => v.Level == Level.Check);

    /// <summary>Every accepted finding of every page.</summary>
    public IEnumerable<AcceptedViolation> Accepted => Pages.SelectMany(p => p.Accepted);

    /// <summary>Elements affected, counted over every violation.</summary>
    public int NodeCount => Violations.Sum(v => v.Nodes.Count);
}
