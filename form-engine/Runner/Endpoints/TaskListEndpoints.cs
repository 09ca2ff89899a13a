using System.Globalization;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Journeys;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Patterns;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>
/// A task list form: <c>/tasks</c> lists the form's sections as tasks with their status, then "Check your
/// answers and send" once every task is completed; <c>/tasks/{section}</c> is a task's own check answers,
/// whose Continue marks it completed and goes back to the list. In a form that is not a task list these
/// addresses are a page called "tasks" and its add-another items, as before.
/// </summary>
internal static class TaskListEndpoints
{
    public const string Segment = "tasks";

    public static string TaskHref(RunnerRequest request, Section section) => request.Href($"{Segment}/{section.Id}");

    public static IResult List(RunnerRequest request)
    {
        if (request.Form.Definition.Layout != FormLayout.TaskList)
        {
            return FormEndpoints.GetPage(request, Segment);
        }

        if (request.Reference is not null)
        {
            return RunnerPages.Redirect(request.Href(Navigation.Confirmation));
        }

        var text = request.Text;
        var language = request.Language;
        var tasks = request.Journey.Tasks(request.Answers);
        var completed = tasks.Count(t => t.Status == SectionStatus.Completed);
        List<TaskListTask> items = [.. tasks.Select(t => new TaskListTask(t.Section.Title.In(language), Href(request, t), State(t.Status)))];
        items.Add(new TaskListTask(text["TaskCheckAndSend"], request.Href(Navigation.CheckAnswers), completed == tasks.Count ? TaskState.NotStarted : TaskState.CannotStartYet));
        var title = request.Form.Definition.Title.In(language);
        return RunnerPages.Page<TaskListPage>(request, new()
        {
            [nameof(TaskListPage.Layout)] = request.Frame(title).Layout,
            [nameof(TaskListPage.Title)] = title,
            [nameof(TaskListPage.PageTitle)] = string.Format(CultureInfo.CurrentCulture, text["TaskListTitle"], title),
            [nameof(TaskListPage.Sections)] = new[] { new TaskListSection("", items) },
            [nameof(TaskListPage.Count)] = string.Format(CultureInfo.CurrentCulture, text[tasks.Count == 1 ? "TasksCompletedOne" : "TasksCompletedOther"], completed, tasks.Count),
        });
    }

    public static IResult Check(RunnerRequest request, string section)
    {
        if (request.Form.Definition.Layout != FormLayout.TaskList)
        {
            return int.TryParse(section, NumberStyles.None, CultureInfo.InvariantCulture, out var item) ? RepeatEndpoints.GetItem(request, Segment, item) : RunnerPages.Message(request, StatusCodes.Status404NotFound);
        }

        if (Refused(request, section) is { } refusal)
        {
            return refusal;
        }

        var task = request.Journey.Tasks(request.Answers).First(t => t.Section.Id == section);
        var marker = $"{Segment}/{section}";
        return RunnerPages.Page<SummaryView>(request, new()
        {
            [nameof(SummaryView.Frame)] = request.Frame(string.Format(CultureInfo.CurrentCulture, request.Text["CheckTaskTitle"], task.Section.Title.In(request.Language)), request.Href(Segment), withAntiforgery: true),
            [nameof(SummaryView.Action)] = request.Href(marker),
            [nameof(SummaryView.Sections)] = CheckAnswersEndpoints.Sections(request, request.Journey.CheckTask(task, request.Answers)),
            [nameof(SummaryView.ChangeHref)] = (Func<string, string>)(href => CheckAnswersPage.WithReturnTo(href, marker)),
        });
    }

    public static async Task<IResult> ConfirmAsync(RunnerRequest request, string section)
    {
        if (request.Form.Definition.Layout != FormLayout.TaskList)
        {
            return int.TryParse(section, NumberStyles.None, CultureInfo.InvariantCulture, out var item) ? await RepeatEndpoints.PostItemAsync(request, Segment, item) : RunnerPages.Message(request, StatusCodes.Status404NotFound);
        }

        var (_, refused) = await request.ReadPostAsync();
        if (refused is not null)
        {
            return refused;
        }

        if (Refused(request, section) is { } refusal)
        {
            return refusal;
        }

        request.Answers.SetFinished(Journey.ConfirmedKey(request.Form.Definition.Sections.First(s => s.Id == section)), true);
        await request.SaveAsync();
        return RunnerPages.Redirect(request.Href(Segment));
    }

    /// <summary>
    /// What to answer instead of a task's check answers: 404 for no such section, the confirmation once
    /// sent, the task list for a task that cannot start yet, and the task's first page still to answer.
    /// </summary>
    private static IResult? Refused(RunnerRequest request, string section)
    {
        if (request.Form.Definition.Sections.All(s => s.Id != section))
        {
            return RunnerPages.Message(request, StatusCodes.Status404NotFound);
        }

        if (request.Reference is not null)
        {
            return RunnerPages.Redirect(request.Href(Navigation.Confirmation));
        }

        var task = request.Journey.Tasks(request.Answers).First(t => t.Section.Id == section);
        return task.Status == SectionStatus.CannotStartYet ? RunnerPages.Redirect(request.Href(Segment))
            : task.Current is { } current ? RunnerPages.Redirect(request.Href(current.Path))
            : null;
    }

    /// <summary>Where a task's link goes: its first page still to answer, else its check answers; none when it cannot start yet.</summary>
    private static string? Href(RunnerRequest request, SectionTask task) => task.Status switch
    {
        SectionStatus.CannotStartYet => null,
        _ when task.Current is { } current => request.Href(current.Path),
        _ => TaskHref(request, task.Section),
    };

    private static TaskState State(SectionStatus status) => status switch
    {
        SectionStatus.Completed => TaskState.Completed,
        SectionStatus.InProgress => TaskState.InProgress,
        SectionStatus.CannotStartYet => TaskState.CannotStartYet,
        _ => TaskState.NotStarted,
    };
}
