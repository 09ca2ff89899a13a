using System.Text.Json.Nodes;
using GovDesign.Forms.Conditions;
using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Journeys;

/// <summary>
/// Works out a citizen's path through a form from their answers: the next and previous page,
/// whether they are done, what check answers shows and what is submitted. Conditions only see
/// answers to pages already on the path, so answers left on a branch the citizen has since left
/// count for nothing, are not shown and are not submitted. Never throws for a loaded form.
/// </summary>
public sealed partial class Journey
{
    private readonly TimeProvider _time;

    /// <summary>Creates the journey logic for a form.</summary>
    /// <param name="form">The loaded form.</param>
    /// <param name="time">The clock used for relative dates in conditions; the system clock when null.</param>
    public Journey(FormDefinition form, TimeProvider? time = null)
    {
        Form = form;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The form.</summary>
    public FormDefinition Form { get; }

    /// <summary>Follows the answers from the first page to the first page still to answer.</summary>
    /// <param name="answers">The answers so far.</param>
    /// <returns>The path and the current page.</returns>
    public JourneyProgress Walk(FormAnswers answers) => Form.Layout == FormLayout.TaskList ? RunTasks(answers).Progress : Run(answers, stopAfter: null).Progress;

    /// <summary>The first page of the journey.</summary>
    /// <param name="answers">The answers so far (a page may be shown only for some answers).</param>
    /// <returns>The first page, or null when no page applies.</returns>
    public Page? FirstPage(FormAnswers answers) => Walk(answers).Path.FirstOrDefault();

    /// <summary>
    /// Where to go after the citizen answers <paramref name="from"/>: the target of its first next rule
    /// that holds, or the next page in order whose showIf holds. When an earlier page on the path still
    /// needs an answer, that page. Null means check answers.
    /// </summary>
    /// <param name="from">The page just answered.</param>
    /// <param name="answers">The answers, including those to <paramref name="from"/>.</param>
    /// <returns>The next page, or null for check answers.</returns>
    public Page? NextPage(Page from, FormAnswers answers)
    {
        if (Form.Layout == FormLayout.TaskList)
        {
            return NextInTask(from, answers);
        }

        var run = Run(answers, stopAfter: from);
        return run.Reached ? run.Next : run.Progress.Current;
    }

    /// <summary>
    /// Where to go after the citizen changes an answer from check answers, or from the summary page
    /// <paramref name="returnTo"/>: the first page the change opened that still needs an answer before
    /// the page returned to, or null to return there.
    /// </summary>
    /// <param name="answers">The answers, including the change.</param>
    /// <param name="returnTo">The summary page the change link came from; null for check answers.</param>
    /// <returns>The page to ask, or null to go back.</returns>
    public Page? AfterChange(FormAnswers answers, Page? returnTo = null)
    {
        var progress = Walk(answers);
        return returnTo is null || progress.Current is null || IndexOf(progress.Path, returnTo) < 0 ? progress.Current : null;
    }

    /// <summary>The page a back link on <paramref name="current"/> goes to.</summary>
    /// <param name="current">The page shown, or null for check answers.</param>
    /// <param name="answers">The answers so far.</param>
    /// <returns>The previous page on the path, or null on the first page.</returns>
    public Page? PreviousPage(Page? current, FormAnswers answers)
    {
        if (Form.Layout == FormLayout.TaskList && current is not null)
        {
            return PreviousInTask(current, answers);
        }

        var path = Walk(answers).Path;
        if (current is null)
        {
            return path.LastOrDefault(p => !p.IsExit);
        }

        var index = IndexOf(path, current);
        return index > 0 ? path[index - 1] : index < 0 ? path.LastOrDefault(p => p.Index < current.Index) : null;
    }

    /// <summary>Whether a page is on the citizen's path (the runner sends a citizen who asks for another page to the current one).</summary>
    /// <param name="page">The page.</param>
    /// <param name="answers">The answers so far.</param>
    /// <returns>True when the citizen may see the page.</returns>
    public bool IsOnPath(Page page, FormAnswers answers) => IndexOf(Walk(answers).Path, page) >= 0;

    /// <summary>Whether every question on the path is answered.</summary>
    /// <param name="answers">The answers so far.</param>
    /// <returns>True when the citizen can check answers and submit.</returns>
    public bool IsComplete(FormAnswers answers) => Walk(answers).IsComplete;

    /// <summary>
    /// Whether a page has all its answers: for an add-another page, enough items and the citizen has
    /// finished adding; for a page without questions, the citizen has continued from it (it is
    /// marked finished), so a change from check answers that opens a branch shows its information pages too.
    /// </summary>
    /// <param name="page">The page.</param>
    /// <param name="answers">The answers so far.</param>
    /// <returns>True when complete.</returns>
    public static bool IsPageComplete(Page page, FormAnswers answers)
    {
        if (page.Repeat is { } repeat)
        {
            var count = answers.Items(page.Path).Count;
            return count >= repeat.Max || (count >= repeat.Min && answers.IsFinished(page.Path));
        }

        return page.Questions.Count == 0 ? answers.IsFinished(page.Path) : page.Questions.All(q => answers.TryGetAnswer(q.Name, out var value)
            && (!q.Reveals || q.RevealedFor(value).All(revealed => answers.TryGetAnswer(revealed.Name, out _))));
    }

    /// <summary>Whether the citizen may add another item on an add-another page.</summary>
    /// <param name="page">The page.</param>
    /// <param name="answers">The answers so far.</param>
    /// <returns>True when under the maximum.</returns>
    public static bool CanAddAnother(Page page, FormAnswers answers) =>
        page.Repeat is { } repeat && answers.Items(page.Path).Count < repeat.Max;

    /// <summary>Whether the citizen must add more items before going on.</summary>
    /// <param name="page">The page.</param>
    /// <param name="answers">The answers so far.</param>
    /// <returns>True when under the minimum.</returns>
    public static bool NeedsMoreItems(Page page, FormAnswers answers) =>
        page.Repeat is { } repeat && answers.Items(page.Path).Count < repeat.Min;

    /// <summary>What check answers shows: the answers on the path, grouped by section, in journey order.</summary>
    /// <param name="answers">The answers so far.</param>
    /// <returns>The groups.</returns>
    public IReadOnlyList<CheckAnswersGroup> CheckAnswers(FormAnswers answers) => Groups(Walk(answers).Path.Where(p => !p.IsExit), answers);

    /// <summary>Only the answers on the citizen's path: what is submitted.</summary>
    /// <param name="answers">The answers so far.</param>
    /// <returns>A new set of answers.</returns>
    public FormAnswers AnswersOnPath(FormAnswers answers)
    {
        var result = new FormAnswers();
        foreach (var page in Walk(answers).Path)
        {
            if (page.Questions.Count == 0)
            {
                result.SetFinished(page.Path, answers.IsFinished(page.Path));
            }
            else if (page.Repeat is not null)
            {
                foreach (var item in answers.Items(page.Path))
                {
                    result.AddItem(page.Path, item);
                }

                result.SetFinished(page.Path, answers.IsFinished(page.Path));
                continue;
            }

            foreach (var question in page.Questions.SelectMany(q => Asked(q, answers)))
            {
                if (answers.TryGetAnswer(question.Name, out var value))
                {
                    result.Set(question.Name, value);
                }
            }
        }

        return result;
    }

    /// <summary>The submission's data: <c>{"answers": {name: value}, "items": {page path: [{name: value}]}}</c>, answers on the path only.</summary>
    /// <param name="answers">The answers so far.</param>
    /// <returns>The data to store.</returns>
    public JsonObject SubmissionData(FormAnswers answers)
    {
        var json = AnswersOnPath(answers).ToJson();
        json.Remove("finished");
        return json;
    }

    private static IEnumerable<AnswerOnPath> RowsOf(Page page, FormAnswers answers)
    {
        if (page.Repeat is not null)
        {
            var items = answers.Items(page.Path);
            for (var i = 0; i < items.Count; i++)
            {
                foreach (var question in page.Questions)
                {
                    yield return new AnswerOnPath(page, question, items[i].GetValueOrDefault(question.Name), i);
                }
            }

            yield break;
        }

        foreach (var question in page.Questions.SelectMany(q => Asked(q, answers)))
        {
            if (answers.TryGetAnswer(question.Name, out var value))
            {
                yield return new AnswerOnPath(page, question, value);
            }
        }
    }

    /// <summary>The question, then the questions revealed under the options its answer chooses: what the citizen was asked.</summary>
    /// <param name="question">A question of a page.</param>
    /// <param name="answers">The answers so far.</param>
    /// <returns>The questions asked.</returns>
    public static IEnumerable<Question> Asked(Question question, FormAnswers answers) =>
        question.Reveals && answers.TryGetAnswer(question.Name, out var value) ? [question, .. question.RevealedFor(value)] : [question];

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
}
