using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns;

/// <summary>Reads a page's posted form once its antiforgery token is checked.</summary>
public static class CheckedForm
{
    /// <summary>
    /// Checks the request's antiforgery token and reads its form. Null when the request is not a
    /// form, has no valid token or a malformed body: answer it with a 400, never a 500.
    /// </summary>
    /// <param name="context">The POST request.</param>
    /// <param name="antiforgery">The app's antiforgery service.</param>
    /// <returns>The form, or null when the post is refused.</returns>
    public static async Task<IFormCollection?> ReadAsync(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(antiforgery);
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is AntiforgeryValidationException or InvalidDataException or BadHttpRequestException)
        {
            return null;
        }
    }
}
