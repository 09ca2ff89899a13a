using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns;

/// <summary>The antiforgery token a page's form posts back, as a hidden field.</summary>
/// <param name="FieldName">The field's name, such as <c>AntiforgeryTokenSet.FormFieldName</c>.</param>
/// <param name="Token">The token, such as <c>AntiforgeryTokenSet.RequestToken</c>.</param>
public sealed record FormToken(string FieldName, string Token)
{
    /// <summary>Makes the request's tokens (setting the antiforgery cookie when needed) and returns the form's part.</summary>
    /// <param name="context">The request that renders the form.</param>
    /// <param name="antiforgery">The app's antiforgery service.</param>
    /// <returns>The hidden field's name and token.</returns>
    public static FormToken For(HttpContext context, IAntiforgery antiforgery)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? throw new InvalidOperationException("Antiforgery made no request token."));
    }
}
