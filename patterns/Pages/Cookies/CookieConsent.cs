using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns;

/// <summary>What a person chose about additional (non-essential) cookies.</summary>
public enum CookieChoice
{
    /// <summary>Nothing chosen yet: only essential cookies, and the banner asks.</summary>
    NotChosen,

    /// <summary>Additional cookies accepted.</summary>
    Accepted,

    /// <summary>Additional cookies rejected.</summary>
    Rejected,
}

/// <summary>
/// Reads and writes the cookie that keeps a person's cookie choice. Until it says
/// <see cref="CookieChoice.Accepted"/>, a service sets essential cookies only. Anything in the cookie
/// other than the exact values this class writes counts as no choice.
/// </summary>
public static class CookieConsent
{
    /// <summary>The cookie's default name.</summary>
    public const string DefaultCookieName = "cookies_policy";

    /// <summary>
    /// The query marker a page is reached with right after a choice was saved, so that the banner
    /// shows its confirmation (and the cookies page its success message).
    /// </summary>
    public const string ChosenMarker = "cookies-saved";

    private const string AcceptedValue = "accepted";
    private const string RejectedValue = "rejected";

    /// <summary>How long the choice is kept: a year.</summary>
    public static TimeSpan Lifetime { get; } = TimeSpan.FromDays(365);

    /// <summary>The choice in a cookie's value; <see cref="CookieChoice.NotChosen"/> for anything unknown.</summary>
    /// <param name="value">The cookie's value, as the browser sent it.</param>
    /// <returns>The choice.</returns>
    public static CookieChoice Parse(string? value) => value switch
    {
        AcceptedValue => CookieChoice.Accepted,
        RejectedValue => CookieChoice.Rejected,
        _ => CookieChoice.NotChosen,
    };

    /// <summary>The choice the request's cookie holds.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cookieName">The cookie's name.</param>
    /// <returns>The choice; <see cref="CookieChoice.NotChosen"/> without a valid cookie.</returns>
    public static CookieChoice Read(HttpRequest request, string cookieName = DefaultCookieName)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Parse(request.Cookies[cookieName]);
    }

    /// <summary>Whether the service may set additional cookies, such as analytics, on this request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cookieName">The cookie's name.</param>
    /// <returns>True only when the person accepted them.</returns>
    public static bool AllowsAdditionalCookies(HttpRequest request, string cookieName = DefaultCookieName) =>
        Read(request, cookieName) == CookieChoice.Accepted;

    /// <summary>Whether the request comes right after a choice was saved (its query has <see cref="ChosenMarker"/>).</summary>
    /// <param name="request">The request.</param>
    /// <returns>True to show the confirmation.</returns>
    public static bool JustChosen(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Query.ContainsKey(ChosenMarker);
    }

    /// <summary>
    /// Keeps the choice for a year: <c>SameSite=Lax</c>, <c>Secure</c> when the request came over
    /// HTTPS, path <c>/</c>. <see cref="CookieChoice.NotChosen"/> deletes the cookie.
    /// </summary>
    /// <param name="response">The response.</param>
    /// <param name="choice">The choice.</param>
    /// <param name="cookieName">The cookie's name.</param>
    public static void Write(HttpResponse response, CookieChoice choice, string cookieName = DefaultCookieName)
    {
        ArgumentNullException.ThrowIfNull(response);
        var options = new CookieOptions
        {
            Path = "/",
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            HttpOnly = true,
            IsEssential = true,
            MaxAge = Lifetime,
        };
        if (choice == CookieChoice.NotChosen)
        {
            response.Cookies.Delete(cookieName, options);
            return;
        }

        response.Cookies.Append(cookieName, choice == CookieChoice.Accepted ? AcceptedValue : RejectedValue, options);
    }
}
