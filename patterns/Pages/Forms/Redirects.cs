using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns;

/// <summary>The redirect after a form post (post, redirect, get).</summary>
public static class Redirects
{
    /// <summary>
    /// A 303 See Other to <paramref name="url"/>: the browser follows it with a GET, so reloading the
    /// next page never posts the form again.
    /// </summary>
    /// <param name="url">Where to go: a local address.</param>
    /// <returns>The result.</returns>
    public static IResult SeeOther(string url)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        return new SeeOtherResult(url);
    }

    private sealed class SeeOtherResult(string url) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = url;
            return Task.CompletedTask;
        }
    }
}
