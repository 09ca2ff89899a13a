using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Requests;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>Where links and redirects go, as the journey decides.</summary>
internal static class Navigation
{
    public const string CheckAnswers = "check-answers";
    public const string Confirmation = "confirmation";

    /// <summary>The page to carry on from: the first page still to answer, else check answers.</summary>
    public static string ResumeHref(RunnerRequest request)
    {
        if (request.Reference is not null)
        {
            return request.Href(Confirmation);
        }

        if (request.Form.Definition.Layout == FormLayout.TaskList)
        {
            return request.Href(TaskListEndpoints.Segment);
        }

        var current = request.Journey.Walk(request.Answers).Current;
        return current is null ? request.Href(CheckAnswers) : request.Href(current.Path);
    }

    /// <summary>After a page is answered: the next page, or back to check answers or the summary page after a change (unless it opened new questions).</summary>
    public static string NextHref(RunnerRequest request, Page from)
    {
        if (request.ReturnTo is { } taskMarker && request.TaskOf(taskMarker) is { } section)
        {
            var task = request.Journey.Tasks(request.Answers).First(t => t.Section.Id == section.Id);
            return task.Current is { } open ? request.Href(open.Path, change: true) : request.Href(taskMarker);
        }

        if (request.ReturnTo is { } marker)
        {
            var summary = marker == CheckAnswers ? null : request.Form.Definition.FindPage(marker);
            return request.Journey.AfterChange(request.Answers, summary) is { } opened ? request.Href(opened.Path, change: true) : request.Href(marker);
        }

        return request.Journey.NextPage(from, request.Answers) is { } next ? request.Href(next.Path)
            : request.Form.Definition.Layout == FormLayout.TaskList && from.Section is { } ended ? TaskListEndpoints.TaskHref(request, ended)
            : request.Href(CheckAnswers);
    }

    public static string BackHref(RunnerRequest request, Page page)
    {
        if (request.ReturnTo is { } marker)
        {
            return request.Href(marker);
        }

        return request.Journey.PreviousPage(page, request.Answers) is { } previous ? request.Href(previous.Path)
            : request.Form.Definition.Layout == FormLayout.TaskList ? request.Href(TaskListEndpoints.Segment)
            : request.FormHref;
    }

    /// <summary>The redirect to where the citizen is up to when the page is not on their path so far; null when it may be shown.</summary>
    public static Microsoft.AspNetCore.Http.IResult? Elsewhere(RunnerRequest request, Page page) =>
        CanShow(request, page) ? null : RunnerPages.Redirect(ResumeHref(request));

    /// <summary>Whether the page may be shown: it is on the citizen's path so far.</summary>
    public static bool CanShow(RunnerRequest request, Page page) => request.Journey.IsOnPath(page, request.Answers);
}
