using Microsoft.AspNetCore.Http;

namespace GovDesign.Components;

/// <summary>Addresses within the app, for apps served under a path base (<c>app.UsePathBase("/svc")</c>, or a proxy that does the same).</summary>
public static class AppPaths
{
    /// <summary>
    /// Puts a path from the app's root ("/", "/start") under the request's path base, as ASP.NET Core's
    /// <c>~/</c> does: "/" becomes "/svc/". Addresses with a scheme or host ("https://...", "//..."),
    /// relative ones, fragments and paths already under the path base are returned as they are, as is
    /// every address when there is no request or no path base.
    /// </summary>
    /// <param name="context">The request being answered, if any.</param>
    /// <param name="url">The address as the app writes it.</param>
    public static string? UnderPathBase(HttpContext? context, string? url)
    {
        var pathBase = context?.Request.PathBase ?? PathString.Empty;
        if (!pathBase.HasValue || url is null || !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)
            || new PathString(url.Split('?', '#')[0]).StartsWithSegments(pathBase))
        {
            return url;
        }

        return pathBase + url;
    }
}
