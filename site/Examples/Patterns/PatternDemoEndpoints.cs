using GovDesign.Patterns;
using GovDesign.Site.Examples.Patterns.Demo;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GovDesign.Site.Examples.Patterns;

/// <summary>
/// Endpoints that let the page-pattern examples work for real: a question page that takes a POST,
/// shows its errors and moves on, with JavaScript off; the cookie banner and cookies page; and the
/// made-up service's support pages that its header and footer link to.
/// </summary>
/// <remarks>
/// A post with errors answers 200 with the page shown again, as GOV.UK services do: the page is a
/// complete, correct answer to the post, and keeping 4xx for requests the service could not take
/// (a missing or forged antiforgery token answers 400) keeps the logs telling the two apart.
/// </remarks>
internal static class PatternDemoEndpoints
{
    public const string QuestionPath = "/patterns/demo/question";
    public const string ConfirmationPath = "/patterns/demo/confirmation";
    public const string CookiesPath = "/patterns/demo/cookies";
    public const string CookieConsentPath = "/patterns/demo/cookie-consent";
    public const string NextPath = "/patterns/demo/next";

    private const string NameField = "full-name";
    private const int MaxNameLength = 200;

    public static IEndpointRouteBuilder MapPatternDemos(this IEndpointRouteBuilder app)
    {
        app.MapGet(QuestionPath, (HttpContext context, IAntiforgery antiforgery) => Question(context, antiforgery, null, []));
        app.MapPost(QuestionPath, (Func<HttpContext, IAntiforgery, Task<IResult>>)AnswerAsync);
        app.MapGet(ConfirmationPath, (string? name) => new RazorComponentResult<NameConfirmation>(new Dictionary<string, object?> { ["Name"] = name }));
        app.MapGet(CookiesPath, (HttpContext context, IAntiforgery antiforgery) => new RazorComponentResult<DemoCookies>(new Dictionary<string, object?>
        {
            ["Choice"] = CookieConsent.Read(context.Request),
            ["Saved"] = CookieConsent.JustChosen(context.Request),
            ["Antiforgery"] = TokenFor(context, antiforgery),
        }));
        app.MapCookieConsent(CookieConsentPath);
        // The other pattern examples post here and see where a real service would go on (the post is not read, so it needs no token).
        app.MapPost(NextPath, () => Redirects.SeeOther(NextPath));
        app.MapGet(NextPath, () => new RazorComponentResult<DemoNext>());
        app.MapGet("/patterns/demo/{topic}", Results<RazorComponentResult<DemoInformation>, NotFound> (string topic) =>
            DemoInformation.Topics.ContainsKey(topic)
                ? new RazorComponentResult<DemoInformation>(new Dictionary<string, object?> { ["Topic"] = topic })
                : TypedResults.NotFound());
        return app;
    }

    private static async Task<IResult> AnswerAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType)
        {
            return TypedResults.BadRequest();
        }

        IFormCollection form;
        try
        {
            await antiforgery.ValidateRequestAsync(context);
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is AntiforgeryValidationException or InvalidDataException or BadHttpRequestException)
        {
            return TypedResults.BadRequest();
        }

        var name = form[NameField].ToString().Trim();
        string? problem = name.Length == 0 ? "Enter your full name"
            : name.Length > MaxNameLength ? $"Full name must be {MaxNameLength} characters or fewer"
            : null;
        return problem is null
            ? Redirects.SeeOther($"{ConfirmationPath}?name={Uri.EscapeDataString(name)}")
            : Question(context, antiforgery, form[NameField].ToString(), [new FieldError(NameField, problem)]);
    }

    private static RazorComponentResult<NameQuestion> Question(HttpContext context, IAntiforgery antiforgery, string? name, IReadOnlyList<FieldError> errors) =>
        new(new Dictionary<string, object?>
        {
            ["Name"] = name,
            ["Errors"] = errors,
            ["Antiforgery"] = TokenFor(context, antiforgery),
            ["Choice"] = CookieConsent.Read(context.Request),
            ["CookiesJustChosen"] = CookieConsent.JustChosen(context.Request),
        });

    private static FormToken TokenFor(HttpContext context, IAntiforgery antiforgery) => FormToken.For(context, antiforgery);
}
