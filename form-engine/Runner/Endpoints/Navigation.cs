using GovDesign.Forms.Runner.Definitions;
using GovDesign.Forms.Runner.Journeys;
using GovDesign.Forms.Runner.Requests;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>Where links and redirects go, as the journey decides.</summary>
internal static class Navigation
{
    public const string CheckAnswers = "check-answers";
    public const string Confirmation = "confirmation";

    /// <summary>The page to carry on from: the first unfinished page on the path, else check answers.</summary>
    public static string ResumeHref(RunnerRequest request)
    {
        if (request.State.Reference is not null)
        {
            return request.Href(Confirmation);
        }

        var next = JourneyNavigator.FirstIncomplete(request.Form.PathFor(request.State.Answers), request.State);
        return next is null ? request.Href(CheckAnswers) : request.Href(next.Path);
    }

    /// <summary>After a page is answered: the next page on the path, or back to check answers when changing.</summary>
    public static string NextHref(RunnerRequest request, RunnerPage from)
    {
        var returnToCheck = request.ReturnToCheck;
        var next = JourneyNavigator.Next(request.Form, request.State, from, returnToCheck);
        return next is null ? request.Href(CheckAnswers) : request.Href(next.Path, returnToCheck);
    }

    public static string BackHref(RunnerRequest request, RunnerPage page)
    {
        if (request.ReturnToCheck)
        {
            return request.Href(CheckAnswers);
        }

        return JourneyNavigator.Previous(request.Form, request.State, page) is { } previous ? request.Href(previous.Path) : request.FormHref;
    }
}
