using GovDesign.Forms.Runner.Definitions;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Patterns;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>Rendering the pages every handler shares: a question page, redirects and messages.</summary>
internal static class Pages
{
    public static Task RedirectAsync(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = location;
        context.Response.Headers.CacheControl = "no-store";
        return Task.CompletedTask;
    }

    public static Task QuestionsAsync(RunnerRequest request, RunnerPage page, string action, string? backHref, Func<RunnerQuestion, AnswerState> state, IReadOnlyList<FieldError> errors, string? heading = null)
    {
        var asked = page.Questions.Select(q =>
        {
            var ask = q.Ask();
            if (page.Heading is not null || page.Questions.Count > 1)
            {
                ask = ask with { IsPageHeading = false };
            }

            return new AskedQuestion(q.Type, ask, state(q));
        }).ToList();
        var title = heading ?? page.Title();
        return PageWriter.WriteAsync<QuestionView>(request.Http, StatusCodes.Status200OK, new()
        {
            [nameof(QuestionView.Frame)] = request.Frame(title, backHref, withAntiforgery: true) with { Errors = errors },
            [nameof(QuestionView.Action)] = action,
            [nameof(QuestionView.Heading)] = page.Heading is not null || page.Questions.Count != 1 || heading is not null ? title : null,
            [nameof(QuestionView.Caption)] = page.Caption(),
            [nameof(QuestionView.ContentHtml)] = page.ContentHtml(),
            [nameof(QuestionView.Questions)] = asked,
            [nameof(QuestionView.ShowButton)] = !page.IsExit,
        });
    }

    /// <summary>A page saying what went wrong, in the form's language when there is a form.</summary>
    public static Task MessageAsync(HttpContext context, int status, RunnerRequest? request)
    {
        var text = (Microsoft.Extensions.Localization.IStringLocalizer<RunnerText>)context.RequestServices.GetService(typeof(Microsoft.Extensions.Localization.IStringLocalizer<RunnerText>))!;
        var (title, body) = status switch
        {
            StatusCodes.Status404NotFound => ("NotFoundTitle", "NotFoundBody"),
            StatusCodes.Status413PayloadTooLarge => ("TooLargeTitle", "TooLargeBody"),
            >= 500 => ("ProblemTitle", "ProblemBody"),
            _ => ("BadRequestTitle", "BadRequestBody"),
        };
        var frame = request?.Frame(text[title]) ?? new PageFrame(text[title]);
        if (status == StatusCodes.Status413PayloadTooLarge || status == StatusCodes.Status400BadRequest)
        {
            // The rest of a refused body is not read: close the connection rather than drain it.
            context.Response.Headers.Connection = "close";
        }

        return PageWriter.WriteAsync<MessageView>(context, status, new()
        {
            [nameof(MessageView.Frame)] = frame,
            [nameof(MessageView.Body)] = text[body].Value,
            [nameof(MessageView.LinkHref)] = request?.FormHref,
            [nameof(MessageView.LinkText)] = request?.Form.Title(),
        });
    }
}
