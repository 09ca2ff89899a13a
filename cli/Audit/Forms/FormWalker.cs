using System.Collections.Concurrent;
using System.Diagnostics;
using GovDesign.Cli.Forms;
using GovDesign.Forms.Definitions;
using Microsoft.Playwright;

namespace GovDesign.Cli.Audit.Forms;

/// <summary>
/// <c>govdesign audit --form</c>: starts the form runner on a temporary SQLite database on a loopback
/// port (<see cref="LocalFormRunner"/>), plans walks (<see cref="WalkPlanner"/>), and drives headless Chromium through each walk in each
/// language as a person would: it fills in and submits the real form, so error states are the runner's
/// own POST responses, audited in place in the same page (no second request, the page's scripts ran,
/// focus is where the browser left it). Every page state is audited once per language.
/// </summary>
internal sealed partial class FormWalker(FormDefinition form, string definitionPath, IReadOnlyList<string> languages, AuditSettings settings)
{
    private readonly ConcurrentDictionary<string, byte> _claimed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageResult> _results = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<AuditedState> _states = [];
    private readonly ConcurrentBag<string> _problems = [];
    private readonly ConcurrentDictionary<string, byte> _visited = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _taken = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<WalkTitles> _titles = [];
    private readonly List<string> _order = [];
    private readonly Lock _lock = new();
    private readonly DateOnly _today = DateOnly.FromDateTime(DateTime.Now);
    private Action<PageResult, int, int> _pageDone = (_, _, _) => { };
    private int _estimate;

    public async Task<FormWalkResult> RunAsync(Action<PageResult, int, int> pageDone, CancellationToken cancellationToken)
    {
        _pageDone = pageDone;
        var started = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var planner = new WalkPlanner(form, _today);
        var walks = planner.Plan();
        _estimate = Estimate(walks) * languages.Count;

        // Email (a form's delivery, the links of save and return) goes to a folder that is thrown away after the walk.
        var mail = Directory.CreateTempSubdirectory("govdesign-audit-mail-");
        try
        {
            await using (var runner = await LocalFormRunner.StartAsync(definitionPath, _ => { },
                ["--Delivery:Smtp:PickupFolder=" + mail.FullName, "--Delivery:Smtp:From=audit@localhost"], cancellationToken))
            {
                using var playwright = await Playwright.CreateAsync();
                await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = settings.ChromiumPath, Headless = true, Args = AuditRunner.BrowserArgs });
                await using var auditor = new PageAuditor(browser, settings);
                using var gate = new SemaphoreSlim(settings.Concurrency);
                var tasks = languages.SelectMany(language => walks.Select(async (walk, i) =>
                {
                    await gate.WaitAsync(cancellationToken);
                    try
                    {
                        await WalkAsync(new Walk(auditor, runner.Address, language, walk, planner, $"walk {i + 1} ({language})"), cancellationToken);
                    }
                    finally
                    {
                        gate.Release();
                    }
                })).ToList();
                await Task.WhenAll(tasks);
            }
        }
        finally
        {
            mail.Delete(recursive: true);
        }

        var audit = new AuditResult(PagesWithTitleCheck(), started, clock.Elapsed, settings.Tags);
        return new FormWalkResult(audit, _visited.Keys.ToHashSet(StringComparer.Ordinal), [.. _states.OrderBy(s => s.Label, StringComparer.Ordinal)],
            walks.Count, planner.Goals().Where(g => !g.StartsWith("page ", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal),
            _taken.Keys.ToHashSet(StringComparer.Ordinal), [.. _problems]);
    }

    /// <summary>About how many states one language gives: start, each page (with its error states), check answers and confirmation.</summary>
    private int Estimate(IReadOnlyList<PlannedWalk> walks)
    {
        var pages = walks.SelectMany(w => w.ExpectedPath).Distinct(StringComparer.Ordinal).Select(p => form.FindPage(p)!);
        return 3 + pages.Sum(p => p.IsExit ? 1 : 1 + (p.Repeat is null ? 0 : 2) + (p.Questions.All(q => q.Optional) && p.Rules.Count == 0 ? 0 : 1) + (p.Questions.Any(q => AnswerValues.Invalid(q) is not null) ? 1 : 0));
    }

    /// <summary>Audits the page the browser shows as one state, unless another walk already audited that state in this language.</summary>
    private async Task AuditAsync(Walk walk, IPage page, string pageName, string state)
    {
        var path = new Uri(page.Url).AbsolutePath;
        var key = $"{walk.Language} {path} {state}";
        if (!_claimed.TryAdd(key, 0))
        {
            return;
        }

        var label = new UriBuilder(walk.Address) { Path = path, Query = "lang=" + walk.Language, Fragment = state == "page" ? "" : state }.Uri.ToString();
        var result = await walk.Auditor.AuditOpenPageAsync(page, label, Stopwatch.StartNew());
        int done;
        lock (_lock)
        {
            _results[key] = result;
            _order.Add(key);
            done = _order.Count;
        }

        _states.Add(new AuditedState(walk.Language, pageName, state, label));
        _pageDone(result, done, Math.Max(done, _estimate));
    }

    private sealed record Walk(PageAuditor Auditor, Uri Address, string Language, PlannedWalk Plan, WalkPlanner Planner, string Name);

    /// <summary>The titles of the pages one walk showed, for the title check: one journey, one title per page.</summary>
    private sealed record WalkTitles(string Language, IReadOnlyList<(string Path, string Title)> Pages);
}
