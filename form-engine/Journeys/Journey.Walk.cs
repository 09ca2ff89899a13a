using System.Text.Json.Nodes;
using GovDesign.Forms.Conditions;
using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Journeys;

/// <summary>The walk along the path.</summary>
public sealed partial class Journey
{
    private readonly record struct RunResult(JourneyProgress Progress, bool Reached, Page? Next);

    /// <summary>The answers a condition may see: only those to questions on pages already on the path.</summary>
    private sealed class PathScope(FormAnswers answers) : IAnswerLookup
    {
        private readonly HashSet<string> _visible = new(StringComparer.Ordinal);

        public void Add(Page page)
        {
            foreach (var question in page.Questions)
            {
                _visible.Add(question.Name);
                if (question.Reveals && answers.TryGetAnswer(question.Name, out var value))
                {
                    foreach (var revealed in question.RevealedFor(value))
                    {
                        _visible.Add(revealed.Name);
                    }
                }
            }
        }

        public bool TryGetAnswer(string question, out JsonNode? value)
        {
            value = null;
            return _visible.Contains(question) && answers.TryGetAnswer(question, out value);
        }
    }

    private RunResult Run(FormAnswers answers, Page? stopAfter)
    {
        var scope = new PathScope(answers);
        var context = new ConditionContext(scope, DateOnly.FromDateTime(_time.GetLocalNow().DateTime));
        var path = new List<Page>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var page = VisibleFrom(-1, context);
        while (page is not null)
        {
            if (!seen.Add(page.Path))
            {
                // A loop back to a page already on the path: the last page's answer must change.
                return new RunResult(new JourneyProgress(path, path[^1]), false, null);
            }

            path.Add(page);
            scope.Add(page);
            if (page.IsExit || !IsPageComplete(page, answers))
            {
                return new RunResult(new JourneyProgress(path, page), false, null);
            }

            var next = After(page, context);
            if (stopAfter is not null && page.Path == stopAfter.Path)
            {
                return new RunResult(new JourneyProgress(path, null), true, next);
            }

            page = next;
        }

        return new RunResult(new JourneyProgress(path, null), false, null);
    }

    /// <summary>The page after <paramref name="page"/>: the first next rule that holds, else the next page shown.</summary>
    private Page? After(Page page, ConditionContext context)
    {
        foreach (var rule in page.Next)
        {
            if (rule.When is null || rule.When.Evaluate(context))
            {
                if (rule.To == NextRule.CheckAnswers)
                {
                    return null;
                }

                var target = Form.FindPage(rule.To)!;
                return target.ShowIf is null || target.ShowIf.Evaluate(context) ? target : VisibleFrom(target.Index, context);
            }
        }

        return VisibleFrom(page.Index, context);
    }

    /// <summary>The first page after index <paramref name="index"/> in order that is not an exit page and whose showIf holds.</summary>
    private Page? VisibleFrom(int index, ConditionContext context)
    {
        var pages = Form.Pages;
        for (var i = index + 1; i < pages.Count; i++)
        {
            if (!pages[i].IsExit && (pages[i].ShowIf is null || pages[i].ShowIf!.Evaluate(context)))
            {
                return pages[i];
            }
        }

        return null;
    }
}
