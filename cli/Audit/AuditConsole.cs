using Spectre.Console;

namespace GovDesign.Cli.Audit;

/// <summary>
/// What a person sees: a progress bar (pages done, pages left, violations so far) in a terminal, one
/// plain line per page when output goes to a file or CI, and a summary table at the end.
/// </summary>
internal sealed class AuditConsole
{
    private readonly IAnsiConsole _console;
    private readonly bool _live;

    public AuditConsole(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!terminal)
        {
            _console.Profile.Width = 120;
        }

        _live = terminal && _console.Profile.Capabilities.Interactive && Environment.GetEnvironmentVariable("CI") is null;
    }

    public async Task<T> RunWithProgressAsync<T>(Func<Action<PageResult, int, int>, CancellationToken, Task<T>> run, CancellationToken cancellationToken)
    {
        var violations = 0;
        if (!_live)
        {
            return await run((page, done, total) =>
            {
                violations += page.Violations.Count;
                var checks = page.Violations.Count(v => v.Level == Level.Check);
                var state = page.Error is not null ? $"could not be audited: {page.Error}" : $"{page.Violations.Count - checks} violation(s), {checks} check(s)";
                _console.WriteLine($"[{done}/{total}] {page.Url}: {state}");
            }, cancellationToken);
        }

        return await _console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Starting Chromium", maxValue: 1);
                var result = await run((page, done, total) =>
                {
                    violations += page.Violations.Count;
                    task.MaxValue = Math.Max(total, 1);
                    task.Value = done;
                    task.Description = $"{done} pages done, {total - done} left, {violations} findings";
                }, cancellationToken);
                task.StopTask();
                return result;
            });
    }

    /// <summary>Writes a line as it is (no markup).</summary>
    public void Line(string text) => _console.WriteLine(text);

    public void Summary(AuditResult result, string failOn, int exitCode, IReadOnlyList<string> written)
    {
        var byImpact = new Table().Title("Violations by impact").AddColumns("Impact", "Fails (rule by page)", "Elements", "Checks to confirm", "Elements");
        foreach (var impact in Enum.GetValues<Impact>().Reverse())
        {
            var fails = result.Fails.Where(v => v.Impact == impact).ToList();
            var checks = result.Checks.Where(v => v.Impact == impact).ToList();
            byImpact.AddRow(impact.ToString().ToLowerInvariant(), fails.Count.ToString(), fails.Sum(v => v.Nodes.Count).ToString(),
                checks.Count.ToString(), checks.Sum(v => v.Nodes.Count).ToString());
        }

        _console.Write(byImpact);
        var rules = result.Violations.GroupBy(v => v.RuleId).OrderBy(g => g.First().Level).ThenByDescending(g => g.Max(v => v.Impact)).ThenByDescending(g => g.Count()).ToList();
        if (rules.Count > 0)
        {
            var byRule = new Table().Title("Violations by rule").AddColumns("Rule", "Level", "Impact", "WCAG", "Pages", "Elements");
            foreach (var rule in rules)
            {
                byRule.AddRow(Markup.Escape(rule.Key), rule.First().Level.ToString().ToLowerInvariant(), rule.First().Impact.ToString().ToLowerInvariant(),
                    Markup.Escape(string.Join(", ", rule.First().Wcag)), rule.Count().ToString(), rule.Sum(v => v.Nodes.Count).ToString());
            }

            _console.Write(byRule);
        }

        foreach (var page in result.Pages.Where(p => p.Error is not null))
        {
            _console.WriteLine($"Could not audit {page.Url}: {page.Error}");
        }

        var rate = result.Duration.TotalMinutes > 0 ? result.Pages.Count / result.Duration.TotalMinutes : 0;
        _console.WriteLine($"{result.Pages.Count} pages, {result.Fails.Count()} violations on {result.Fails.Sum(v => v.Nodes.Count)} elements, {result.Checks.Count()} checks to confirm on {result.Checks.Sum(v => v.Nodes.Count)} elements, in {result.Duration.TotalSeconds:0.0} s ({rate:0} pages a minute).");
        if (result.Accepted.ToList() is { Count: > 0 } accepted)
        {
            _console.WriteLine($"{accepted.Count} accepted findings on {accepted.Sum(a => a.Violation.Nodes.Count)} elements (--accept) are not counted; the reports list them with their reasons.");
        }

        foreach (var file in written)
        {
            _console.WriteLine($"Wrote {file}");
        }

        var gate = failOn == "check" ? "fails or checks" : $"findings {failOn} or worse";
        _console.WriteLine(exitCode == AuditCommand.Passed
            ? $"Passed: no {gate}."
            : $"Failed: {gate}, or pages that could not be audited (exit code {exitCode}).");
    }

    /// <summary>Names each accepted finding that matched nothing, so the list can be kept to what is still true.</summary>
    public void Unused(IEnumerable<AcceptedFinding> unused)
    {
        foreach (var finding in unused)
        {
            _console.WriteLine($"Accepted finding {finding.Rule} at {finding.Where} matched nothing on these pages: remove it if the problem is gone.");
        }
    }
}
