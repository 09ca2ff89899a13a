using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace GovDesign.Patterns;

/// <summary>The endpoint the cookie banner and the cookies page post to, so that both work without JavaScript.</summary>
public static class CookieConsentEndpoints
{
    /// <summary>The form field that carries the choice: <c>accept</c>, <c>reject</c> or <c>hide</c>.</summary>
    public const string ChoiceField = "cookies";

    /// <summary>The form field that carries the local address to go back to.</summary>
    public const string ReturnUrlField = "returnUrl";

    /// <summary>
    /// Maps a POST endpoint that saves the cookie choice and goes back (303) to the page it came from:
    /// with <see cref="CookieConsent.ChosenMarker"/> after <c>accept</c> or <c>reject</c>, so the page
    /// confirms the choice, and without it after <c>hide</c>. It checks the antiforgery token when the
    /// app registered antiforgery, answers 400 to anything it cannot read, and only goes back to local addresses.
    /// </summary>
    /// <param name="endpoints">The app's endpoints.</param>
    /// <param name="pattern">The endpoint's address.</param>
    /// <param name="cookieName">The consent cookie's name.</param>
    /// <returns>The endpoint, to configure further.</returns>
    public static RouteHandlerBuilder MapCookieConsent(this IEndpointRouteBuilder endpoints, string pattern = "/cookie-consent",
        string cookieName = CookieConsent.DefaultCookieName) =>
        endpoints.MapPost(pattern, (Func<HttpContext, Task<IResult>>)(context => SaveAsync(context, cookieName)));

    internal static async Task<IResult> SaveAsync(HttpContext context, string cookieName)
    {
        if (!context.Request.HasFormContentType)
        {
            return Results.BadRequest();
        }

        IFormCollection form;
        try
        {
            if (context.RequestServices.GetService<IAntiforgery>() is { } antiforgery)
            {
                await antiforgery.ValidateRequestAsync(context);
            }

            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is AntiforgeryValidationException or InvalidDataException or BadHttpRequestException)
        {
            return Results.BadRequest();
        }

        var back = LocalOrRoot(form[ReturnUrlField].ToString());
        switch (form[ChoiceField].ToString())
        {
            case "accept":
                CookieConsent.Write(context.Response, CookieChoice.Accepted, cookieName);
                return SeeOther(QueryHelpers.AddQueryString(WithoutMarker(back), CookieConsent.ChosenMarker, "1"));
            case "reject":
                CookieConsent.Write(context.Response, CookieChoice.Rejected, cookieName);
                return SeeOther(QueryHelpers.AddQueryString(WithoutMarker(back), CookieConsent.ChosenMarker, "1"));
            case "hide":
                return SeeOther(WithoutMarker(back));
            default:
                return Results.BadRequest();
        }
    }

    /// <summary>The address when it is a path on this site; otherwise <c>/</c>, so the endpoint never sends people elsewhere.</summary>
    internal static string LocalOrRoot(string? url) =>
        url is { Length: > 0 and < 2048 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && !url.Any(char.IsControl)
            ? url
            : "/";

    /// <summary>The address without the chosen marker in its query.</summary>
    internal static string WithoutMarker(string url)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return url;
        }

        var query = QueryHelpers.ParseQuery(url[question..]);
        query.Remove(CookieConsent.ChosenMarker);
        return QueryHelpers.AddQueryString(url[..question], query);
    }

    private static IResult SeeOther(string url) => Redirects.SeeOther(url);
}
