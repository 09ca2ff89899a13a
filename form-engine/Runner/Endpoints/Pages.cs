using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Patterns;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

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

    public static Task QuestionsAsync(RunnerRequest request, Page page, string action, string? backHref, Func<Question, AnswerState> state, IReadOnlyList<FieldError> errors, string? heading = null)
    {
        var language = request.Language;
        var several = page.Heading is not null || page.Questions.Count != 1 || heading is not null;
        var asked = page.Questions.Select(q =>
        {
            var ask = request.Form.Types.Ask(q, language);
            if (several)
            {
                ask = ask with { IsPageHeading = false };
            }
            else if (page.Caption is not null)
            {
                ask = ask with { Caption = page.Caption.In(language) };
            }

            return new AskedQuestion(request.Form.Types.For(q, language), ask, state(q));
        }).ToList();
        var title = heading ?? page.HeadingIn(language);
        return PageWriter.WriteAsync<QuestionView>(request.Http, StatusCodes.Status200OK, new()
        {
            [nameof(QuestionView.Frame)] = request.Frame(title, backHref, withAntiforgery: !page.IsExit) with { Errors = errors },
            [nameof(QuestionView.Action)] = action,
            [nameof(QuestionView.Heading)] = several ? title : null,
            [nameof(QuestionView.Caption)] = several ? page.Caption?.In(language) : null,
            [nameof(QuestionView.ContentHtml)] = MarkdownText.Html(page.Content, language),
            [nameof(QuestionView.Questions)] = asked,
            [nameof(QuestionView.ShowButton)] = !page.IsExit,
        });
    }

    /// <summary>A page saying what went wrong, in the form's language when there is a form.</summary>
    /// <summary>The layout of a page outside any form (the list of forms, an error before a form is known).</summary>
    public static ServiceLayout PlainLayout(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<FormRunnerOptions>>().Value;
        return new ServiceLayout { Theme = options.Theme, Languages = ["en"], AssetPath = options.AssetPathFor(context.Request) };
    }

    public static Task MessageAsync(HttpContext context, int status, RunnerRequest? request)
    {
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<RunnerText>>();
        var (title, body) = status switch
        {
            StatusCodes.Status404NotFound => ("NotFoundTitle", "NotFoundBody"),
            StatusCodes.Status413PayloadTooLarge => ("TooLargeTitle", "TooLargeBody"),
            >= 500 => ("ProblemTitle", "ProblemBody"),
            _ => ("BadRequestTitle", "BadRequestBody"),
        };
        var frame = request?.Frame(text[title]) ?? new PageFrame(text[title]) { Layout = PlainLayout(context) };
        if (status is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status400BadRequest)
        {
            // The rest of a refused body is not read: close the connection rather than drain it.
            context.Response.Headers.Connection = "close";
        }

        return PageWriter.WriteAsync<MessageView>(context, status, new()
        {
            [nameof(MessageView.Frame)] = frame,
            [nameof(MessageView.Status)] = status,
            [nameof(MessageView.Body)] = text[body].Value,
            [nameof(MessageView.LinkHref)] = request?.FormHref,
            [nameof(MessageView.LinkText)] = request?.Form.Definition.Title.In(request.Language),
        });
    }
}
