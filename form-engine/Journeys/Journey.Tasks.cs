using GovDesign.Forms.Conditions;
using GovDesign.Forms.Definitions;

namespace GovDesign.Forms.Journeys;

/// <summary>
/// A task list form (<see cref="FormLayout.TaskList"/>): each section is a task, walked on its own from
/// its first page, in an order in which each comes after the sections it requires. A task whose
/// prerequisites are not all completed cannot start: none of its pages is on the citizen's path.
/// </summary>
public sealed partial class Journey
{
    private IReadOnlyList<Section>? _taskOrder;

    /// <summary>The key under which <see cref="FormAnswers"/> records that the citizen confirmed a task on its own check answers page.</summary>
    /// <param name="section">The task's section.</param>
    /// <returns>The key; it cannot be a page path (paths have no slash).</returns>
    public static string ConfirmedKey(Section section) => "tasks/" + section.Id;

    /// <summary>Every task of a task list form, in the order of the sections, with where it is up to.</summary>
    /// <param name="answers">The answers so far.</param>
    /// <returns>The tasks; empty for a form that is not a task list.</returns>
    public IReadOnlyList<SectionTask> Tasks(FormAnswers answers) => Form.Layout == FormLayout.TaskList ? RunTasks(answers).Tasks : [];

    /// <summary>The task a page belongs to in a task list form.</summary>
    /// <param name="page">The page.</param>
    /// <param name="answers">The answers so far.</param>
    /// <returns>The task, or null (not a task list form, or a page without a section).</returns>
    public SectionTask? TaskOf(Page page, FormAnswers answers) =>
        page.Section is { } section ? Tasks(answers).FirstOrDefault(t => t.Section.Id == section.Id) : null;

    /// <summary>What a task's own check answers page shows: the answers on its path.</summary>
    /// <param name="task">The task.</param>
    /// <param name="answers">The answers so far.</param>
    /// <returns>The groups (one, the task's section).</returns>
    public IReadOnlyList<CheckAnswersGroup> CheckTask(SectionTask task, FormAnswers answers) => Groups(task.Path.Where(p => !p.IsExit), answers);

    /// <summary>In a task list form, where to go after <paramref name="from"/>: the next page of its task, itself while it still needs an answer, or null at the end of the task.</summary>
    private Page? NextInTask(Page from, FormAnswers answers)
    {
        if (TaskOf(from, answers) is not { } task)
        {
            return null;
        }

        var index = IndexOf(task.Path, from);
        return index < 0 ? task.Current
            : task.Current?.Path == from.Path ? from
            : index + 1 < task.Path.Count ? task.Path[index + 1] : null;
    }

    /// <summary>In a task list form, the page before <paramref name="page"/> in its task; null on the task's first page.</summary>
    private Page? PreviousInTask(Page page, FormAnswers answers)
    {
        if (TaskOf(page, answers) is not { } task)
        {
            return null;
        }

        var index = IndexOf(task.Path, page);
        return index > 0 ? task.Path[index - 1] : null;
    }

    private (IReadOnlyList<SectionTask> Tasks, JourneyProgress Progress) RunTasks(FormAnswers answers)
    {
        var scope = new PathScope(answers);
        var context = new ConditionContext(scope, DateOnly.FromDateTime(_time.GetLocalNow().DateTime));
        var byId = new Dictionary<string, SectionTask>(StringComparer.Ordinal);
        foreach (var section in TaskOrder())
        {
            if (section.Requires.Any(r => !byId.TryGetValue(r, out var before) || before.Status != SectionStatus.Completed))
            {
                byId[section.Id] = new SectionTask(section, [], null, SectionStatus.CannotStartYet);
                continue;
            }

            var (path, current) = WalkSection(section, scope, context, answers);
            var status = current is null && answers.IsFinished(ConfirmedKey(section)) ? SectionStatus.Completed
                : path.Any(p => IsTouched(p, answers)) ? SectionStatus.InProgress
                : SectionStatus.NotStarted;
            byId[section.Id] = new SectionTask(section, path, current, status);
        }

        var tasks = Form.Sections.Select(s => byId[s.Id]).ToList();
        var open = tasks.FirstOrDefault(t => t.Status != SectionStatus.Completed && t.Current is not null);
        var progress = new JourneyProgress([.. tasks.SelectMany(t => t.Path)], open?.Current)
        {
            TasksLeft = tasks.Any(t => t.Status != SectionStatus.Completed),
        };
        return (tasks, progress);
    }

    /// <summary>A task's own path: from its first page shown, through its next rules, to its first page still to answer; it ends where it would leave its section.</summary>
    private (List<Page> Path, Page? Current) WalkSection(Section section, PathScope scope, ConditionContext context, FormAnswers answers)
    {
        var path = new List<Page>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var page = VisibleInSection(-1, section, context);
        while (page is not null)
        {
            if (!seen.Add(page.Path))
            {
                return (path, path[^1]);
            }

            path.Add(page);
            scope.Add(page);
            if (page.IsExit || !IsPageComplete(page, answers))
            {
                return (path, page);
            }

            page = AfterInSection(page, section, context);
        }

        return (path, null);
    }

    private Page? AfterInSection(Page page, Section section, ConditionContext context)
    {
        foreach (var rule in page.Next)
        {
            if (rule.When is null || rule.When.Evaluate(context))
            {
                if (rule.To == NextRule.CheckAnswers || Form.FindPage(rule.To) is not { } target || target.Section?.Id != section.Id)
                {
                    return null;
                }

                return target.ShowIf is null || target.ShowIf.Evaluate(context) ? target : VisibleInSection(target.Index, section, context);
            }
        }

        return VisibleInSection(page.Index, section, context);
    }

    /// <summary>The first page of the section after index <paramref name="index"/> that is not an exit page and whose showIf holds.</summary>
    private Page? VisibleInSection(int index, Section section, ConditionContext context)
    {
        var pages = Form.Pages;
        for (var i = index + 1; i < pages.Count; i++)
        {
            var page = pages[i];
            if (page.Section?.Id == section.Id && !page.IsExit && (page.ShowIf is null || page.ShowIf.Evaluate(context)))
            {
                return page;
            }
        }

        return null;
    }

    /// <summary>Whether the citizen has given anything on the page yet.</summary>
    private static bool IsTouched(Page page, FormAnswers answers) =>
        answers.IsFinished(page.Path) || answers.Items(page.Path).Count > 0 || page.Questions.Any(q => answers.TryGetAnswer(q.Name, out _));

    /// <summary>The sections in the order of the definition, each moved after the sections it requires (the loader refuses loops).</summary>
    private IReadOnlyList<Section> TaskOrder()
    {
        if (_taskOrder is { } known)
        {
            return known;
        }

        var order = new List<Section>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var left = Form.Sections.ToList();
        while (left.Count > 0)
        {
            var next = left.FirstOrDefault(s => s.Requires.All(placed.Contains)) ?? left[0];
            order.Add(next);
            placed.Add(next.Id);
            left.Remove(next);
        }

        return _taskOrder = order;
    }
}

/// <summary>Where a task of a task list form is up to.</summary>
public enum SectionStatus
{
    /// <summary>Nothing answered yet.</summary>
    NotStarted,

    /// <summary>Some answers given, or every answer given but the task's own check answers not yet confirmed.</summary>
    InProgress,

    /// <summary>Every page answered and confirmed on the task's own check answers page.</summary>
    Completed,

    /// <summary>A section it requires is not completed yet, so it cannot be started.</summary>
    CannotStartYet,
}

/// <summary>One task of a task list form.</summary>
/// <param name="Section">The section that is the task.</param>
/// <param name="Path">The task's pages on the citizen's path so far, up to and including <paramref name="Current"/>; empty when it cannot start yet.</param>
/// <param name="Current">The first page of the task still to answer; null when every page of its path is answered (or it cannot start).</param>
/// <param name="Status">Where the task is up to.</param>
public sealed record SectionTask(Section Section, IReadOnlyList<Page> Path, Page? Current, SectionStatus Status);
