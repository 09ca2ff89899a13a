using System.Security.Cryptography;
using GovDesign.Patterns;
using GovDesign.Patterns.Answers;
using GovDesignService.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovDesignService;

/// <summary>
/// The service's pages as endpoints: each GET renders a page component, each POST checks the
/// antiforgery token (400 without one), reads the answer and redirects with a 303, or shows the
/// page again with its errors. Everything works with JavaScript off.
/// </summary>
public static class ServicePages
{
    public static IEndpointRouteBuilder MapServicePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => Page<Start>(new()
        {
            ["StartHref"] = Url(context, Questions.All[0].Path),
        }));
        app.MapGet("/check-answers", CheckAnswers);
        app.MapPost("/check-answers", SendAsync);
        app.MapGet("/confirmation", (HttpContext context) => Answers.Reference(context) is { } reference
            ? Page<Confirmation>(new() { ["Reference"] = reference })
            : Redirects.SeeOther(Url(context, "")));
        app.MapGet("/{path}", (HttpContext context, IAntiforgery antiforgery, string path) => Questions.At(path) is { } question
            ? Ask(context, antiforgery, question, new AnswerState { Value = Answers.Get(context, question) })
            : TypedResults.NotFound());
        app.MapPost("/{path}", AnswerAsync);
        return app;
    }

    private static async Task<IResult> AnswerAsync(HttpContext context, IAntiforgery antiforgery, string path)
    {
        if (Questions.At(path) is not { } question)
        {
            return TypedResults.NotFound();
        }

        // Null without a valid antiforgery token, or when the post is not a form: refused with a 400.
        if (await CheckedForm.ReadAsync(context, antiforgery) is not { } form)
        {
            return TypedResults.BadRequest();
        }

        var result = question.Answer.Read(question.Ask, form);
        if (!result.IsValid)
        {
            return Ask(context, antiforgery, question, new AnswerState { Posted = form, Errors = result.Errors });
        }

        Answers.Set(context, question, result.Value);
        var next = Answers.FirstUnanswered(context);
        return Redirects.SeeOther(Url(context, next?.Path ?? "check-answers"));
    }

    private static IResult CheckAnswers(HttpContext context, IAntiforgery antiforgery)
    {
        if (Answers.FirstUnanswered(context) is { } unanswered)
        {
            return Redirects.SeeOther(Url(context, unanswered.Path));
        }

        var rows = Questions.All
            .Select(q => new CheckAnswersRow(q.Ask.Label, q.Answer.Describe(Answers.Get(context, q)!))
            {
                ChangeHref = Url(context, q.Path),
                ChangeVisuallyHiddenText = q.Ask.Subject,
            })
            .ToList();
        return Page<CheckAnswers>(new()
        {
            ["Sections"] = new[] { new CheckAnswersSection(null, rows) },
            ["Antiforgery"] = FormToken.For(context, antiforgery),
            ["BackLinkHref"] = Url(context, Questions.All[^1].Path),
        });
    }

    private static async Task<IResult> SendAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (await CheckedForm.ReadAsync(context, antiforgery) is null)
        {
            return TypedResults.BadRequest();
        }

        if (Answers.FirstUnanswered(context) is { } unanswered)
        {
            return Redirects.SeeOther(Url(context, unanswered.Path));
        }

        // Send the answers on here: save them, email them or call another service.
        Answers.Sent(context, "AP-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)));
        return Redirects.SeeOther(Url(context, "confirmation"));
    }

    private static IResult Ask(HttpContext context, IAntiforgery antiforgery, Question question, AnswerState state)
    {
        var index = Questions.All.ToList().IndexOf(question);
        return Page<QuestionView>(new()
        {
            ["Question"] = question,
            ["State"] = state,
            ["Antiforgery"] = FormToken.For(context, antiforgery),
            ["BackLinkHref"] = Url(context, index == 0 ? "" : Questions.All[index - 1].Path),
        });
    }

    private static RazorComponentResult<T> Page<T>(Dictionary<string, object?> parameters)
        where T : Microsoft.AspNetCore.Components.IComponent => new(parameters);

    // Addresses within the service, so that it also works under a path base.
    private static string Url(HttpContext context, string path) => $"{context.Request.PathBase}/{path}";
}
