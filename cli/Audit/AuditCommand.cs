using System.CommandLine;
using GovDesign.Cli.Audit.Forms;
using GovDesign.Cli.Audit.Reports;

namespace GovDesign.Cli.Audit;

/// <summary>
/// <c>govdesign audit &lt;url&gt;...</c>: accessibility audit of pages in headless Chromium with axe and
/// GovDesign's own checks. Exit codes: 0 nothing at or above --fail-on, 1 something at or above it
/// (or a page that could not be audited), 2 the audit could not run (no Chromium, bad input).
/// </summary>
internal static class AuditCommand
{
    public const int Passed = 0;
    public const int Failed = 1;
    public const int CouldNotRun = 2;

    public static Command Create()
    {
        var urls = new Argument<string[]>("url") { Description = "Pages to audit (absolute http or https addresses).", Arity = ArgumentArity.ZeroOrMore };
        var formFile = new Option<FileInfo?>("--form") { Description = "Walk this form definition in the form runner instead: every page, its error states, check answers and confirmation, in every language, each audited." };
        var language = new Option<string[]>("--language") { Description = "With --form: walk only in this language (repeatable; default every language the form declares)." };
        var crawl = new Option<bool>("--crawl") { Description = "Also audit the pages they link to on the same origin." };
        var maxPages = new Option<int>("--max-pages") { Description = "With --crawl: audit at most this many pages.", DefaultValueFactory = _ => 50 };
        var depth = new Option<int>("--depth") { Description = "With --crawl: follow links this many steps from the given pages.", DefaultValueFactory = _ => 3 };
        var tags = new Option<string>("--tags") { Description = "axe rule tags to run, comma-separated.", DefaultValueFactory = _ => string.Join(',', AuditSettings.DefaultTags) };
        var concurrency = new Option<int>("--concurrency") { Description = "Pages audited at once.", DefaultValueFactory = _ => AuditSettings.DefaultConcurrency };
        var failOn = new Option<string>("--fail-on") { Description = "Exit with 1 when a fail of this impact or worse exists: minor, moderate, serious or critical; check: any fail or check.", DefaultValueFactory = _ => "serious" };
        failOn.AcceptOnlyFromAmong("minor", "moderate", "serious", "critical", "check");
        var report = new Option<FileInfo?>("--report") { Description = "Write an HTML report (one file, works offline)." };
        var json = new Option<FileInfo?>("--json") { Description = "Write every finding as JSON." };
        var junit = new Option<FileInfo?>("--junit") { Description = "Write JUnit XML: a test case per page, a failure per violation." };
        var sarif = new Option<FileInfo?>("--sarif") { Description = "Write SARIF 2.1.0 for code scanning tools." };
        var include = new Option<string[]>("--include") { Description = "CSS selector of a part of the page axe checks (repeatable); the rest is left out.", AllowMultipleArgumentsPerToken = false };
        var exclude = new Option<string[]>("--exclude") { Description = "CSS selector of a part of the page axe leaves out (repeatable)." };
        var axeOnly = new Option<bool>("--axe-only") { Description = "Run axe alone (its WCAG rules as fails, its best-practice rules as checks), without GovDesign's checks." };
        var fragments = new Option<bool>("--fragments") { Description = "The pages show parts of pages (component examples): leave out the rules about a whole page (title, h1, landmarks, error summary, keyboard walk, reflow, text spacing)." };
        var accept = new Option<FileInfo?>("--accept") { Description = "A JSON file of findings you have accepted, each with its rule, a CSS selector of where and the reason: they are reported apart with the reason and do not fail the run." };
        var chromium = new Option<string?>("--chromium") { Description = "Path to Chromium or Chrome (default: GOVDESIGN_CHROMIUM, then /usr/bin/chromium, chromium-browser, google-chrome)." };

        var command = new Command("audit", "Audit pages for accessibility (WCAG 2.2 AA) in headless Chromium, with axe and GovDesign's own checks.")
        {
            urls, formFile, language, crawl, maxPages, depth, tags, concurrency, failOn, report, json, junit, sarif, include, exclude, axeOnly, fragments, accept, chromium,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = new AuditConsole(parseResult.InvocationConfiguration.Output);
            var definition = parseResult.GetValue(formFile);
            if (Problem(parseResult.GetValue(urls)!, definition, parseResult.GetValue(concurrency), parseResult.GetValue(maxPages), parseResult.GetValue(depth)) is { } problem)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(problem);
                return CouldNotRun;
            }

            var (accepted, notAccepted) = parseResult.GetValue(accept) is { } acceptFile ? AcceptedFindings.Load(acceptFile.FullName) : ([], null);
            if (notAccepted is not null)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(notAccepted);
                return CouldNotRun;
            }

            var (chromiumPath, missing) = ChromiumLocator.Find(parseResult.GetValue(chromium));
            if (chromiumPath is null)
            {
                await parseResult.InvocationConfiguration.Error.WriteLineAsync(missing);
                return CouldNotRun;
            }

            var settings = new AuditSettings
            {
                Urls = [.. parseResult.GetValue(urls)!.Select(u => new Uri(u, UriKind.Absolute))],
                Crawl = parseResult.GetValue(crawl),
                MaxPages = parseResult.GetValue(maxPages),
                Depth = parseResult.GetValue(depth),
                Tags = [.. parseResult.GetValue(tags)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                Concurrency = parseResult.GetValue(concurrency),
                FailOn = FailOnImpact(parseResult.GetValue(failOn)!),
                FailOnChecks = parseResult.GetValue(failOn) == "check",
                Include = parseResult.GetValue(include) ?? [],
                Exclude = parseResult.GetValue(exclude) ?? [],
                AxeOnly = parseResult.GetValue(axeOnly),
                Fragments = parseResult.GetValue(fragments),
                Accepted = accepted,
                Screenshots = parseResult.GetValue(report) is not null,
                ChromiumPath = chromiumPath,
            };

            AuditResult result;
            var walkedProblems = false;
            if (definition is not null)
            {
                var walked = await FormAudit.RunAsync(definition, parseResult.GetValue(language) ?? [], settings, output, parseResult.InvocationConfiguration.Error, cancellationToken);
                if (walked is null)
                {
                    return CouldNotRun;
                }

                result = walked.Audit;
                walkedProblems = walked.Problems.Count > 0;
            }
            else
            {
                result = await output.RunWithProgressAsync(new AuditRunner(settings).RunAsync, cancellationToken);
            }

            var written = new List<string>();
            await WriteAsync(parseResult.GetValue(report), f => HtmlReport.WriteAsync(result, f), written);
            await WriteAsync(parseResult.GetValue(json), f => JsonReport.WriteAsync(result, f), written);
            await WriteAsync(parseResult.GetValue(junit), f => JUnitReport.WriteAsync(result, f), written);
            await WriteAsync(parseResult.GetValue(sarif), f => SarifReport.WriteAsync(result, f), written);

            var exit = walkedProblems ? Failed : ExitCode(result, settings.FailOn, settings.FailOnChecks);
            output.Summary(result, settings.FailOnChecks ? "check" : settings.FailOn.ToString().ToLowerInvariant(), exit, written);
            output.Unused(settings.Accepted.Except(result.Accepted.Select(a => a.By)));
            return exit;
        });
        return command;
    }

    /// <summary>
    /// 1 when a fail at or above <paramref name="failOn"/> exists (with <paramref name="checks"/>, any fail or
    /// check) or a page could not be audited, else 0.
    /// </summary>
    public static int ExitCode(AuditResult result, Impact failOn, bool checks = false) =>
        (checks ? result.Violations.Any() : result.Fails.Any(v => v.Impact >= failOn)) || result.Pages.Any(p => p.Error is not null) ? Failed : Passed;

    /// <summary>The impact a <c>--fail-on</c> value names; <c>check</c> fails on every impact.</summary>
    private static Impact FailOnImpact(string value) => value == "check" ? Impact.Minor : Enum.Parse<Impact>(value, ignoreCase: true);

    /// <summary>What is wrong with the command line, naming the value, or null.</summary>
    private static string? Problem(string[] urls, FileInfo? form, int concurrency, int maxPages, int depth)
    {
        if ((urls.Length == 0) == (form is null))
        {
            return form is null ? "Give the addresses of pages to audit, or --form <definition.json>." : "Give either addresses or --form, not both.";
        }

        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return $"'{url}' is not an absolute http or https address (for example https://example.gov/start).";
            }
        }

        return concurrency is < 1 or > 64 ? $"--concurrency {concurrency}: give a number from 1 to 64."
            : maxPages < 1 ? $"--max-pages {maxPages}: give 1 or more."
            : depth < 0 ? $"--depth {depth}: give 0 or more."
            : null;
    }

    private static async Task WriteAsync(FileInfo? file, Func<string, Task> write, List<string> written)
    {
        if (file is null)
        {
            return;
        }

        file.Directory?.Create();
        await write(file.FullName);
        written.Add(file.FullName);
    }
}
