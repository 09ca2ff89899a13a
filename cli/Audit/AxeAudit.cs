using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using GovDesign.Cli.Audit.Checks;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GovDesign.Cli.Audit;

/// <summary>What axe found on a page, and how many times it ran there.</summary>
internal sealed record AxeFindings(IReadOnlyList<Violation> Violations, int Runs);

/// <summary>
/// Runs axe on the page as it is: its WCAG rules as fails and its best-practice rules as checks. The outline
/// rules (<see cref="BestPractice.OutlineRules"/>) must see the page's own document only, so a page with
/// frames takes two runs: every other rule, frames included (each document run on its own, <see cref="FramedAxeRun"/>),
/// then the outline rules without frames. A page
/// without frames has no other document to keep out, so one run of every rule finds the same, in the same
/// order, for one pass over the page instead of two.
/// </summary>
/// <remarks>
/// axe-core is already in every document (<see cref="PageAuditor.NewContextAsync"/>), so axe.run is called
/// straight, with the options and context serialized as Deque's Playwright package serializes them, and only
/// the violations come back: the package's legacy run sent three scripts to every frame before each run and
/// brought back every passed and inapplicable rule too, which the audit never reads.
/// </remarks>
internal sealed class AxeAudit
{
    /// <summary>
    /// The branding Deque's package gives axe before each run, which puts <c>?application=axe-core-playwright-nuget</c>
    /// on every rule's help address; set once in every document, so the reports' links stay as they were.
    /// </summary>
    public const string Branding = "window.axe && window.axe.configure({ branding: 'axe-core-playwright-nuget' });";

    /// <summary>axe-core's script, as Deque's package bundles it.</summary>
    public static readonly string Source = new BundledAxeScriptProvider().GetScript();

    private const string Run = """
        async ([context, options]) => JSON.stringify({ violations: (await axe.run(JSON.parse(context) ?? document, JSON.parse(options))).violations })
        """;

    private readonly AuditSettings _settings;
    private readonly HashSet<string> _outline;
    private readonly string _context;
    private readonly string _withFrames;
    private readonly string _ownDocument;
    private readonly string _everything;

    public AxeAudit(AuditSettings settings)
    {
        _settings = settings;
        var notRun = BestPractice.NotRun.Concat(settings.Fragments ? BestPractice.WholePageRules : []).ToHashSet(StringComparer.Ordinal);

        // The outline rules run only alongside some WCAG tags (an empty --tags runs the best-practice rules alone, without them).
        _outline = settings.Tags.Count > 0 ? BestPractice.OutlineRules.Where(r => !notRun.Contains(r)).ToHashSet(StringComparer.Ordinal) : [];
        var runOnly = new RunOnlyOptions { Type = "tag", Values = [.. settings.Tags, BestPractice.Tag] };
        _withFrames = JsonConvert.SerializeObject(WithFramesOptions = new AxeRunOptions
        {
            RunOnly = runOnly,
            ResultTypes = [ResultType.Violations],
            Rules = BestPractice.OutlineRules.Union(notRun).ToDictionary(r => r, _ => new RuleOptions { Enabled = false }),
        });
        _ownDocument = JsonConvert.SerializeObject(OwnDocumentOptions = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "rule", Values = [.. _outline] },
            ResultTypes = [ResultType.Violations],
            Iframes = false,
        });

        // An explicit "enabled" overrides the tags in axe, as a list of rules to run only does: the outline rules run
        // exactly as in their own run, and the rest exactly as in the run with frames.
        _everything = JsonConvert.SerializeObject(new AxeRunOptions
        {
            RunOnly = runOnly,
            ResultTypes = [ResultType.Violations],
            Rules = BestPractice.OutlineRules.Union(notRun).ToDictionary(r => r, r => new RuleOptions { Enabled = _outline.Contains(r) }),
        });
        Context = settings.Include.Count > 0 || settings.Exclude.Count > 0
            ? new AxeRunContext
            {
                Include = settings.Include.Count > 0 ? [.. settings.Include.Select(s => new AxeSelector(s))] : null,
                Exclude = settings.Exclude.Count > 0 ? [.. settings.Exclude.Select(s => new AxeSelector(s))] : null,
            }
            : null;
        _context = JsonConvert.SerializeObject(Context);
    }

    /// <summary>What axe checks (<c>--include</c>, <c>--exclude</c>), or null for the whole page.</summary>
    internal AxeRunContext? Context { get; }

    /// <summary>The options of the run with frames (for a test that runs them through Deque's package).</summary>
    internal AxeRunOptions WithFramesOptions { get; }

    /// <summary>The options of the outline rules' run on the page's own document.</summary>
    internal AxeRunOptions OwnDocumentOptions { get; }

    /// <summary>One run on a page without frames (Playwright lists only the main frame), two on a page with any.</summary>
    public Task<AxeFindings> RunAsync(IPage page) => page.Frames.Count > 1 ? InTwoRunsAsync(page) : InOneRunAsync(page);

    /// <summary>Every rule in one run, frames included: right only for a page without frames.</summary>
    internal async Task<AxeFindings> InOneRunAsync(IPage page)
    {
        var found = await RunAxeAsync(page, _everything);

        // axe reports rules in its own order; the outline rules go last, where their own run would put them.
        return new([.. found.Where(v => !_outline.Contains(v.Id)).Concat(found.Where(v => _outline.Contains(v.Id))).Select(ToViolation)], 1);
    }

    /// <summary>Every rule but the outline ones with frames, then the outline rules on the page's own document.</summary>
    internal async Task<AxeFindings> InTwoRunsAsync(IPage page)
    {
        var found = Parse(await FramedAxeRun.RunAsync(page, Source, _context, _withFrames)).ToList();
        if (_outline.Count == 0)
        {
            return new([.. found.Select(ToViolation)], 1);
        }

        found.AddRange(await RunAxeAsync(page, _ownDocument));
        return new([.. found.Select(ToViolation)], 2);
    }

    private async Task<AxeResultItem[]> RunAxeAsync(IPage page, string options)
    {
        var json = await page.EvaluateAsync<string>(Run, new[] { _context, options });
        return Parse(json);
    }

    private static AxeResultItem[] Parse(string json) => new AxeResult(JObject.Parse(json)).Violations ?? [];

    /// <summary>A rule tagged with none of the WCAG tags asked for is a best-practice rule: a check.</summary>
    internal Violation ToViolation(AxeResultItem v)
    {
        var check = !(v.Tags ?? []).Intersect(_settings.Tags).Any();
        return new Violation(
            v.Id, "axe", ParseImpact(v.Impact), v.Description, v.Help, v.HelpUrl, check ? BestPractice.CriteriaOf(v.Id) : Wcag.FromTags(v.Tags ?? []),
            [.. v.Nodes.Select(n => new AffectedNode(n.Target?.ToString() ?? "", n.Html, Summary(n)))]) { Level = check ? Level.Check : Level.Fail };
    }

    private static string? Summary(AxeResultNode node)
    {
        var any = (node.Any ?? []).Select(c => c.Message).ToList();
        var all = (node.All ?? []).Concat(node.None ?? []).Select(c => c.Message).ToList();
        var parts = new List<string>();
        if (any.Count > 0)
        {
            parts.Add("Fix any of: " + string.Join("; ", any));
        }

        if (all.Count > 0)
        {
            parts.Add("Fix all of: " + string.Join("; ", all));
        }

        return parts.Count > 0 ? string.Join(". ", parts) : null;
    }

    private static Impact ParseImpact(string? impact) => Enum.TryParse<Impact>(impact, ignoreCase: true, out var parsed) ? parsed : Impact.Moderate;
}
