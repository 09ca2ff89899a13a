namespace GovDesign.Cli.Audit;

/// <summary>Everything <c>govdesign audit</c> was asked to do.</summary>
internal sealed record AuditSettings
{
    public required IReadOnlyList<Uri> Urls { get; init; }

    public bool Crawl { get; init; }

    public int MaxPages { get; init; } = 50;

    public int Depth { get; init; } = 3;

    public IReadOnlyList<string> Tags { get; init; } = DefaultTags;

    public int Concurrency { get; init; } = DefaultConcurrency;

    public Impact FailOn { get; init; } = Impact.Serious;

    /// <summary>Checks fail the run too (<c>--fail-on check</c>), as do fails of every impact.</summary>
    public bool FailOnChecks { get; init; }

    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Run axe alone, without GovDesign's own checks.</summary>
    public bool AxeOnly { get; init; }

    /// <summary>
    /// The pages show parts of pages (component examples): run axe, less its rules about a whole page, and
    /// the element checks, but not the title, error summary, keyboard, reflow and text spacing checks.
    /// </summary>
    public bool Fragments { get; init; }

    /// <summary>Findings an auditor has accepted (<c>--accept</c>), each with its reason.</summary>
    public IReadOnlyList<AcceptedFinding> Accepted { get; init; } = [];

    /// <summary>Take screenshots with outlines (only the HTML report shows them).</summary>
    public bool Screenshots { get; init; }

    public required string ChromiumPath { get; init; }

    /// <summary>The WCAG 2.2 AA set of axe tags.</summary>
    public static readonly IReadOnlyList<string> DefaultTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Two pages per core, between 2 and 8: pages spend much of their time waiting on the browser.</summary>
    public static int DefaultConcurrency => Math.Clamp(Environment.ProcessorCount * 2, 2, 8);
}
