using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Patterns;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>
/// A summary page part-way through a form: the answers so far of the sections it names, drawn as check
/// answers draws them, each Change link coming back here; Continue goes on through the journey.
/// </summary>
internal static class SummaryEndpoints
{
    public static IResult Get(RunnerRequest request, Page page)
    {
        if (Navigation.Elsewhere(request, page) is { } elsewhere)
        {
            return elsewhere;
        }

        var answers = new AnswerFiller(request);
        return RunnerPages.Page<SummaryView>(request, new()
        {
            [nameof(SummaryView.Frame)] = request.Frame(answers.Fill(page.HeadingIn(request.Language)), Navigation.BackHref(request, page), withAntiforgery: true),
            [nameof(SummaryView.Action)] = request.SelfHref,
            [nameof(SummaryView.Sections)] = CheckAnswersEndpoints.Sections(request, request.Journey.SummaryOf(page, request.Answers)),
            [nameof(SummaryView.ChangeHref)] = (Func<string, string>)(href => CheckAnswersPage.WithReturnTo(href, page.Path)),
            [nameof(SummaryView.Blocks)] = page.Content.Count == 0 ? [] : ShownBlock.Of(page.Content, request.Language, answers),
        });
    }

    public static async Task<IResult> PostAsync(RunnerRequest request, Page page)
    {
        if (Navigation.Elsewhere(request, page) is { } elsewhere)
        {
            return elsewhere;
        }

        request.Answers.SetFinished(page.Path, true);
        await request.SaveAsync();
        return RunnerPages.Redirect(Navigation.NextHref(request, page));
    }
}
