using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;
using GovDesign.Forms.Conditions;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Journeys;

namespace GovDesign.Cli.Audit.Forms;

/// <summary>One planned walk: which valid answer (by index into <see cref="AnswerValues.Valid"/>) each question gets, and the path the journey should take.</summary>
internal sealed record PlannedWalk(IReadOnlyDictionary<string, int> Choices, IReadOnlyList<string> ExpectedPath);

/// <summary>
/// Plans the walks: starts from the plainest answers, then changes one answer at a time (only answers
/// a condition reads), from every walk that found something new, until every page is reached and every
/// condition has been taken both ways, or nothing new turns up. The form engine's own
/// <see cref="Journey"/> works out each path, so the plan follows the compiled conditions exactly.
/// </summary>
internal sealed class WalkPlanner(FormDefinition form, DateOnly today)
{
    private const int MaxRounds = 4;

    private readonly Journey _journey = new(form);
    private readonly Dictionary<string, IReadOnlyList<SampleAnswer>> _valid = form.Questions.ToDictionary(q => q.Name, q => AnswerValues.Valid(q, today), StringComparer.Ordinal);

    public IReadOnlyList<SampleAnswer> ValidFor(Question question) => _valid[question.Name];

    /// <summary>The answer a walk gives to a question.</summary>
    public static SampleAnswer Pick(IReadOnlyList<SampleAnswer> valid, IReadOnlyDictionary<string, int> choices, string question) =>
        valid[Math.Min(choices.GetValueOrDefault(question), valid.Count - 1)];

    public IReadOnlyList<PlannedWalk> Plan()
    {
        var goals = Goals();
        var covered = new HashSet<string>(StringComparer.Ordinal);
        var walks = new List<PlannedWalk>();
        var varied = ConditionSites.All(form).SelectMany(s => s.Condition.Questions).Distinct(StringComparer.Ordinal)
            .Where(q => _valid.TryGetValue(q, out var v) && v.Count > 1).ToList();

        var frontier = new List<Dictionary<string, int>> { new(StringComparer.Ordinal) };
        Consider(frontier[0]);
        for (var round = 0; round < MaxRounds && frontier.Count > 0 && !goals.IsSubsetOf(covered); round++)
        {
            var next = new List<Dictionary<string, int>>();
            foreach (var seed in frontier)
            {
                foreach (var question in varied)
                {
                    for (var i = 0; i < _valid[question].Count; i++)
                    {
                        if (seed.GetValueOrDefault(question) == i)
                        {
                            continue;
                        }

                        var choices = new Dictionary<string, int>(seed, StringComparer.Ordinal) { [question] = i };
                        if (Consider(choices))
                        {
                            next.Add(choices);
                        }
                    }
                }
            }

            frontier = next;
        }

        return walks;

        bool Consider(Dictionary<string, int> choices)
        {
            var (path, answers, complete) = Simulate(choices);
            var found = Coverage(path, answers, complete);
            if (found.IsSubsetOf(covered))
            {
                return false;
            }

            covered.UnionWith(found);
            walks.Add(new PlannedWalk(choices, [.. path.Select(p => p.Path)]));
            return true;
        }
    }

    /// <summary>Every page path, and both outcomes of every condition site.</summary>
    public HashSet<string> Goals() =>
        [.. form.Pages.Select(p => "page " + p.Path), .. ConditionSites.All(form).SelectMany(s => new[] { s.Id + " true", s.Id + " false" })];

    /// <summary>Pages reached and condition outcomes of one path, in the same terms as <see cref="Goals"/>.</summary>
    public HashSet<string> Coverage(IReadOnlyList<Page> path, IReadOnlyDictionary<string, JsonNode?> answers, bool complete) =>
        [.. path.Select(p => "page " + p.Path), .. ConditionSites.Outcomes(form, path, answers, complete, today).Select(o => $"{o.Site} {(o.Held ? "true" : "false")}")];

    /// <summary>The journey's path for these choices, answering each page as it comes, as the walker will in the browser.</summary>
    public (IReadOnlyList<Page> Path, IReadOnlyDictionary<string, JsonNode?> Answers, bool Complete) Simulate(IReadOnlyDictionary<string, int> choices)
    {
        var answers = new FormAnswers();
        var given = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        for (var step = 0; step <= form.Pages.Count + form.Sections.Count; step++)
        {
            var progress = _journey.Walk(answers);
            if (progress is { Current: null, TasksLeft: true })
            {
                // A task list form: the walker continues from each task's own check answers, which lets the tasks that wait for it start.
                foreach (var section in form.Sections)
                {
                    answers.SetFinished(Journey.ConfirmedKey(section), true);
                }

                continue;
            }

            if (progress.Current is not { IsExit: false } page)
            {
                return (progress.Path, given, progress.Current is null);
            }

            if (page.Questions.Count == 0)
            {
                answers.SetFinished(page.Path, true);
                continue;
            }

            var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
            foreach (var question in page.Questions)
            {
                var picked = Pick(_valid[question.Name], choices, question.Name);
                values[question.Name] = picked.SavedOrAnswered;
                foreach (var revealed in question.RevealedFor(picked.Saved))
                {
                    values[revealed.Name] = Pick(_valid[revealed.Name], choices, revealed.Name).SavedOrAnswered;
                }
            }

            if (page.Repeat is { } repeat)
            {
                for (var i = 0; i < Math.Max(1, repeat.Min) && i < repeat.Max; i++)
                {
                    answers.AddItem(page.Path, values);
                }

                answers.SetFinished(page.Path, true);
                continue;
            }

            foreach (var (name, value) in values)
            {
                answers.Set(name, value);
                given[name] = value;
            }
        }

        var last = _journey.Walk(answers);
        return (last.Path, given, last.Current is null);
    }
}

/// <summary>A place where a definition uses a condition: a page's showIf, or one of its next rules.</summary>
internal sealed record ConditionSite(string Id, Page Page, Condition Condition, int? RuleIndex);

/// <summary>Finds condition sites and works out which way each went on a path.</summary>
internal static class ConditionSites
{
    public static IEnumerable<ConditionSite> All(FormDefinition form)
    {
        foreach (var page in form.Pages)
        {
            if (page.ShowIf is { } showIf)
            {
                yield return new ConditionSite($"{page.Path} showIf", page, showIf, null);
            }

            for (var i = 0; i < page.Next.Count; i++)
            {
                if (page.Next[i].When is { } when)
                {
                    yield return new ConditionSite($"{page.Path} next[{i}] to {page.Next[i].To}", page, when, i);
                }
            }
        }
    }

    /// <summary>
    /// Which way each condition went on a path: a showIf is taken when its page is on the path, and not
    /// taken when the path passed the page's place (an earlier page and a later one, or the end) without
    /// it; a next rule is evaluated when the path went on from its page, up to the first rule that held.
    /// Conditions see only answers to pages on the path before them, as in the journey.
    /// </summary>
    public static IEnumerable<(string Site, bool Held)> Outcomes(FormDefinition form, IReadOnlyList<Page> path, IReadOnlyDictionary<string, JsonNode?> answers, bool complete, DateOnly today)
    {
        var sites = All(form).ToList();
        foreach (var site in sites.Where(s => s.RuleIndex is null))
        {
            var position = IndexOf(path, site.Page);
            if (position >= 0)
            {
                yield return (site.Id, true);
            }
            else if (path.Any(p => p.Index < site.Page.Index) && (complete || path.Any(p => p.Index > site.Page.Index)))
            {
                var before = path.Where(p => p.Index < site.Page.Index).ToList();
                yield return (site.Id, site.Condition.Evaluate(Context(before, answers, today)));
            }
        }

        for (var i = 0; i < path.Count; i++)
        {
            var page = path[i];
            if (i == path.Count - 1 && !complete)
            {
                continue;
            }

            var context = Context(path.Take(i + 1), answers, today);
            foreach (var rule in page.Next)
            {
                var held = rule.When is null || rule.When.Evaluate(context);
                if (sites.FirstOrDefault(s => s.Page == page && rule.When is not null && s.Condition == rule.When) is { } site)
                {
                    yield return (site.Id, held);
                }

                if (held)
                {
                    break;
                }
            }
        }
    }

    private static int IndexOf(IReadOnlyList<Page> path, Page page)
    {
        for (var i = 0; i < path.Count; i++)
        {
            if (path[i].Path == page.Path)
            {
                return i;
            }
        }

        return -1;
    }

    private static ConditionContext Context(IEnumerable<Page> visible, IReadOnlyDictionary<string, JsonNode?> answers, DateOnly today)
    {
        var names = visible.SelectMany(p => p.AllQuestions).Select(q => q.Name).ToHashSet(StringComparer.Ordinal);
        return new ConditionContext(new Scoped(answers, names), today);
    }

    private sealed class Scoped(IReadOnlyDictionary<string, JsonNode?> answers, HashSet<string> visible) : IAnswerLookup
    {
        public bool TryGetAnswer(string question, out JsonNode? value)
        {
            value = null;
            return visible.Contains(question) && answers.TryGetValue(question, out value);
        }
    }
}
