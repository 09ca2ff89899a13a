using System.Text.Json.Nodes;
using GovDesign.Cli.Audit.Checks;
using GovDesign.Forms.Definitions;
using Microsoft.Playwright;

namespace GovDesign.Cli.Audit.Forms;

/// <summary>One walk in the browser, and the checks that look across a walk.</summary>
internal sealed partial class FormWalker
{
    private const int MaxSteps = 200;
    private const string AddAnother = "add-another";

    private async Task WalkAsync(Walk walk, CancellationToken cancellationToken)
    {
        await using var context = await walk.Auditor.NewContextAsync();
        var page = await context.NewPageAsync();
        var path = new List<Page>();
        var titles = new List<(string Path, string Title)>();
        var answers = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var complete = false;
        try
        {
            await page.GotoAsync(new Uri(walk.Address, $"/{form.Slug}/?lang={walk.Language}").ToString(), new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
            await SeenAsync(walk, page, "start", "page", titles);
            await FormFiller.NavigateByAsync(page, page.Locator("a.govuk-button--start"));
            for (var step = 0; step < MaxSteps; step++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var segments = new Uri(page.Url).AbsolutePath.Trim('/').Split('/');
                var where = segments.Length >= 2 ? segments[1] : "";
                if (where == "check-answers")
                {
                    complete = true;
                    await SeenAsync(walk, page, where, "page", titles);
                    await FormFiller.SubmitAsync(page);
                    continue;
                }

                if (where == "tasks")
                {
                    // A task list form: a task's own check answers (continue), or the list (the first task still to do, whose status is a tag).
                    await SeenAsync(walk, page, segments.Length > 2 ? $"tasks/{segments[2]}" : where, "page", titles);
                    await FormFiller.NavigateByAsync(page, segments.Length > 2
                        ? page.Locator("main form[method=post] button[type=submit]").Last
                        : page.Locator(".govuk-task-list__item:has(.govuk-tag) a").First);
                    continue;
                }

                if (where == "confirmation")
                {
                    await SeenAsync(walk, page, where, "page", titles);
                    break;
                }

                if (form.FindPage(where) is not { } definition)
                {
                    _problems.Add($"{walk.Name}: the runner showed {new Uri(page.Url).PathAndQuery}, which is not a page of the form.");
                    break;
                }

                if (path.Count == 0 || path[^1] != definition)
                {
                    path.Add(definition);
                    _visited.TryAdd(definition.Path, 0);
                }

                await SeenAsync(walk, page, definition.Path, "page", titles);
                if (definition.IsExit)
                {
                    break;
                }

                if (definition.Repeat is { } repeat && segments.Length == 2)
                {
                    await RepeatSummaryAsync(walk, page, definition, repeat);
                    continue;
                }

                await ErrorStatesAsync(walk, page, definition);
                var asked = new List<Question>(definition.Questions);
                for (var i = 0; i < asked.Count; i++)
                {
                    // A question revealed under the option just chosen is filled in right after it, as a person would.
                    var question = asked[i];
                    var value = WalkPlanner.Pick(walk.Planner.ValidFor(question), walk.Plan.Choices, question.Name);
                    asked.InsertRange(i + 1, question.RevealedFor(value.Saved));
                    await FormFiller.FillAsync(page, question, value);
                    if (definition.Repeat is null)
                    {
                        answers[question.Name] = value.SavedOrAnswered;
                    }
                }

                var before = new Uri(page.Url).AbsolutePath;
                await FormFiller.SubmitAsync(page);
                if (new Uri(page.Url).AbsolutePath == before && await ErrorSummaryAsync(page) is { } refused)
                {
                    _problems.Add($"{walk.Name}: the runner refused the walker's valid answers on {before}: {refused}");
                    break;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _problems.Add($"{walk.Name}: stopped at {page.Url}: {e.Message.Split('\n')[0]}");
        }

        _titles.Add(new WalkTitles(walk.Language, titles));
        var walked = path.Select(p => p.Path).ToList();
        if (!walked.SequenceEqual(walk.Plan.ExpectedPath))
        {
            _problems.Add($"{walk.Name}: went {string.Join(" > ", walked)}; the journey planned {string.Join(" > ", walk.Plan.ExpectedPath)}.");
        }

        foreach (var (site, held) in ConditionSites.Outcomes(form, path, answers, complete, _today))
        {
            _taken.TryAdd($"{site} {(held ? "true" : "false")}", 0);
        }
    }

    /// <summary>Audits a state (once per language) and notes the page's title for the walk's title check.</summary>
    private async Task SeenAsync(Walk walk, IPage page, string pageName, string state, List<(string Path, string Title)> titles)
    {
        if (state == "page")
        {
            titles.Add((new Uri(page.Url).AbsolutePath, await page.TitleAsync()));
        }

        await AuditAsync(walk, page, pageName, state);
    }

    /// <summary>The empty answer, then an invalid one where the page has a question that can take one; each audited if the runner shows errors.</summary>
    private async Task ErrorStatesAsync(Walk walk, IPage page, Page definition)
    {
        var here = page.Url;
        var path = new Uri(here).AbsolutePath;
        if (!_claimed.TryAdd($"{walk.Language} {path} errors", 0))
        {
            return;
        }

        // Empty answers break a required question, or a page rule such as "give at least one of these".
        if (!definition.Questions.All(q => q.Optional) || definition.Rules.Count > 0)
        {
            await FormFiller.SubmitAsync(page);
            await ErrorShownAsync(walk, page, definition, here, "error-empty");
        }

        var invalid = definition.Questions.Select(q => (Question: q, Value: AnswerValues.Invalid(q))).ToList();
        if (invalid.All(i => i.Value is null))
        {
            return;
        }

        foreach (var (question, value) in invalid)
        {
            await FormFiller.FillAsync(page, question, value ?? WalkPlanner.Pick(walk.Planner.ValidFor(question), walk.Plan.Choices, question.Name));
        }

        await FormFiller.SubmitAsync(page);
        await ErrorShownAsync(walk, page, definition, here, "error-invalid");
    }

    private async Task ErrorShownAsync(Walk walk, IPage page, Page definition, string here, string state)
    {
        if (new Uri(page.Url).AbsolutePath == new Uri(here).AbsolutePath && await ErrorSummaryAsync(page) is not null)
        {
            await AuditAsync(walk, page, definition.Path, state);
            return;
        }

        if (state == "error-invalid")
        {
            _problems.Add($"{walk.Name}: the runner accepted the walker's invalid answer on {new Uri(here).AbsolutePath}.");
        }

        await page.GotoAsync(here, new() { WaitUntil = WaitUntilState.Load });
    }

    /// <summary>An add-another summary: its error state (no choice made), then "yes" while more items are needed, else "no".</summary>
    private async Task RepeatSummaryAsync(Walk walk, IPage page, Page definition, RepeatSettings repeat)
    {
        var path = new Uri(page.Url).AbsolutePath;
        var choices = page.Locator($"input[name='{AddAnother}']");
        if (await choices.CountAsync() > 0 && _claimed.TryAdd($"{walk.Language} {path} errors", 0))
        {
            await FormFiller.SubmitAsync(page);
            if (await ErrorSummaryAsync(page) is not null)
            {
                await AuditAsync(walk, page, definition.Path, "error-add-another");
            }
        }

        var items = await page.Locator(".govuk-summary-list__row, .govuk-summary-card").CountAsync();
        if (await choices.CountAsync() > 0)
        {
            await page.Locator($"input[name='{AddAnother}'][value='{(items < repeat.Min ? "yes" : "no")}']").CheckAsync();
        }

        await FormFiller.SubmitAsync(page);
    }

    private static async Task<string?> ErrorSummaryAsync(IPage page)
    {
        var summary = page.Locator(".govuk-error-summary");
        return await summary.CountAsync() > 0 ? (await summary.First.InnerTextAsync()).ReplaceLineEndings(" ").Trim() : null;
    }

    /// <summary>
    /// The pages in audit order, with <see cref="Rules.TitleUnique"/> added where two different pages of one
    /// walk (one citizen's journey, in one language) share a title. Error states share their page's title
    /// by design, and pages on branches no journey takes together are not compared.
    /// </summary>
    private List<PageResult> PagesWithTitleCheck()
    {
        var shared = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var walk in _titles)
        {
            foreach (var group in walk.Pages.Where(p => p.Title.Trim().Length > 0).DistinctBy(p => p.Path).GroupBy(p => p.Title.Trim()).Where(g => g.Count() > 1))
            {
                foreach (var (path, _) in group)
                {
                    var key = $"{walk.Language} {path} page";
                    shared.TryAdd(key, new HashSet<string>(StringComparer.Ordinal));
                    shared[key].UnionWith(group.Select(g => g.Path).Where(p => p != path));
                }
            }
        }

        lock (_lock)
        {
            return [.. _order.Select(key => _results[key] is var page && shared.TryGetValue(key, out var others) && page.Title is { } title
                ? page with { Violations = [.. page.Violations, Rules.TitleUnique.On([new AffectedNode("title", $"<title>{System.Net.WebUtility.HtmlEncode(title)}</title>",
                    "Also the title of " + string.Join(", ", others.Order(StringComparer.Ordinal)) + " in the same journey")])] }
                : _results[key])];
        }
    }
}
