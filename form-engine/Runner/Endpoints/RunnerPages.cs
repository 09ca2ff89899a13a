using System.Globalization;
using GovDesign.Forms.Definitions;
using GovDesign.Forms.Runner.Definitions;
using GovDesign.Forms.Runner.Rendering;
using GovDesign.Forms.Runner.Requests;
using GovDesign.Patterns;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovDesign.Forms.Runner.Endpoints;

/// <summary>The results every handler shares: a page, a question page, a redirect and a message.</summary>
internal static class RunnerPages
{
    /// <summary>Headers on every runner response: pages can carry a citizen's answers, so nothing is cached.</summary>
    public static void Protect(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "same-origin";
    }

    public static IResult Page<TComponent>(RunnerRequest request, Dictionary<string, object?> parameters, int status = StatusCodes.Status200OK)
        where TComponent : IComponent
    {
        request.Metrics.PageServed(request.Form.Slug);
        return new RunnerPage<TComponent>(parameters, status, request.Language);
    }

    /// <summary>303 See Other: the browser follows with a GET, so a reload never posts again.</summary>
    public static IResult Redirect(string location) => Redirects.SeeOther(location);

    public static IResult Questions(RunnerRequest request, Page page, string action, string? backHref, Func<Question, AnswerState> state, IReadOnlyList<FieldError> errors, string? itemCaption = null)
    {
        // On an add-another item the page keeps its own heading; the item's name and number ("Vehicle 2") is the caption.
        var language = request.Language;
        var answers = new AnswerFiller(request);
        var caption = itemCaption ?? answers.Fill(page.Caption);
        var several = page.Heading is not null || page.Questions.Count != 1;
        var asked = page.Questions.Select(q =>
        {
            var ask = request.Form.Types.Ask(q, language);
            if (several)
            {
                ask = ask with { IsPageHeading = false };
            }
            else if (caption is not null)
            {
                ask = ask with { Caption = caption };
            }

            if (ask.Hint is { } hint && hint.Contains("{{", StringComparison.Ordinal))
            {
                ask = ask with { Hint = answers.Fill(hint) };
            }

            var shown = state(q);
            if (q.Reveals)
            {
                shown = shown with { Revealed = Revealed(request, q, state) };
            }

            return new AskedQuestion(request.Form.Types.For(q, language), ask, shown)
            {
                Before = page.Content.Count == 0 ? [] : ShownBlock.Of(page.Content.Where(b => b.BeforeQuestion == q.Name), language, answers),
            };
        }).ToList();
        var title = answers.Fill(page.HeadingIn(language));
        return Page<QuestionView>(request, new()
        {
            [nameof(QuestionView.Frame)] = request.Frame(title, backHref, withAntiforgery: !page.IsExit) with { Errors = errors },
            [nameof(QuestionView.Action)] = action,
            [nameof(QuestionView.Heading)] = several ? title : null,
            [nameof(QuestionView.Caption)] = several ? caption : null,
            [nameof(QuestionView.Blocks)] = page.Content.Count == 0 ? [] : ShownBlock.Of(page.Content.Where(b => b.BeforeQuestion is null), language, answers),
            [nameof(QuestionView.Questions)] = asked,
            [nameof(QuestionView.ShowButton)] = !page.IsExit,
            [nameof(QuestionView.SaveText)] = SaveForLater.SaveAndReturnEndpoints.SaveTextFor(request, page),
        });
    }

    /// <summary>The questions under each option that reveals some, rendered inside the option's conditional area.</summary>
    private static Dictionary<string, RenderFragment> Revealed(RunnerRequest request, Question question, Func<Question, AnswerState> state)
    {
        var types = request.Form.Types;
        var language = request.Language;
        return question.Options.Where(o => o.Conditional.Count > 0).ToDictionary(o => o.Value, o => (RenderFragment)(builder =>
        {
            foreach (var revealed in o.Conditional)
            {
                builder.AddContent(0, types.For(revealed, language).Render(types.Ask(revealed, language) with { IsPageHeading = false }, state(revealed)));
            }
        }), StringComparer.Ordinal);
    }

    /// <summary>A page saying what went wrong, in the form's language and layout.</summary>
    public static IResult Message(RunnerRequest request, int status) => Message(request.Http, status, request);

    /// <summary>A page saying what went wrong, before any form is known: in English, in the runner's plain layout.</summary>
    public static IResult Message(HttpContext http, int status) => Message(http, status, null);

    /// <summary>The layout of a page outside any form (the list of forms, an error before a form is known).</summary>
    public static ServiceLayout PlainLayout(HttpContext http, FormRunnerOptions options) =>
        new() { Theme = options.Theme, Languages = ["en"], AssetPath = options.AssetPathFor(http.Request) };

    /// <summary>Logs a failure and answers with the problem page, unless the response has started.</summary>
    public static async Task ProblemAsync(HttpContext http, Exception exception)
    {
        if (http.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("GovDesign.Forms.Runner") is { } logger)
        {
            Telemetry.RunnerLog.RequestFailed(logger, exception, http.Request.Method, http.Request.Path.Value ?? "");
        }

        if (!http.Response.HasStarted)
        {
            http.Response.Clear();
            Protect(http.Response);
            await Message(http, StatusCodes.Status500InternalServerError).ExecuteAsync(http);
        }
    }

    private static IResult Message(HttpContext http, int status, RunnerRequest? request)
    {
        var (title, body) = status switch
        {
            StatusCodes.Status404NotFound => ("NotFoundTitle", "NotFoundBody"),
            StatusCodes.Status413PayloadTooLarge => ("TooLargeTitle", "TooLargeBody"),
            >= 500 => ("ProblemTitle", "ProblemBody"),
            _ => ("BadRequestTitle", "BadRequestBody"),
        };
        if (status is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status400BadRequest)
        {
            // The rest of a refused body is not read: close the connection rather than drain it.
            http.Response.Headers.Connection = "close";
        }

        // Looked up in the page's language: a method that is not async sets the culture for its caller too.
        var language = request?.Language ?? "en";
        PageCulture.Use(language);
        var runner = RunnerEndpoint.Of(http).Runner;
        var text = runner.Text;
        return new RunnerPage<MessageView>(new Dictionary<string, object?>
        {
            [nameof(MessageView.Frame)] = request?.Frame(text[title]) ?? new PageFrame(text[title]) { Layout = PlainLayout(http, runner.Options) },
            [nameof(MessageView.Status)] = status,
            [nameof(MessageView.Body)] = text[body].Value,
            [nameof(MessageView.LinkHref)] = request?.FormHref,
            [nameof(MessageView.LinkText)] = request?.Form.Definition.Title.In(language),
        }, status, language);
    }
}
