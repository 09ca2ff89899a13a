using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Forms.Runner.Sessions;

/// <summary>
/// Ties the runner's antiforgery tokens to the citizen's session: a token made for one session (or
/// for none) is refused with another, so a token an attacker fetched for themselves cannot be sent
/// with a victim's session cookie. Requests outside the runner carry no binding and are checked as
/// ASP.NET Core checks them by default.
/// </summary>
internal sealed class SessionBoundAntiforgery : IAntiforgeryAdditionalDataProvider
{
    private static readonly object BindingKey = new();

    /// <summary>Binds the tokens made and checked on this request to <paramref name="sessionKey"/> (null: no session yet).</summary>
    public static void Bind(HttpContext context, string? sessionKey) => context.Items[BindingKey] = sessionKey ?? "";

    /// <inheritdoc />
    public string GetAdditionalData(HttpContext context) => Binding(context);

    /// <inheritdoc />
    public bool ValidateAdditionalData(HttpContext context, string additionalData) =>
        string.Equals(additionalData ?? "", Binding(context), StringComparison.Ordinal);

    /// <summary>A short, one-way mark of the session: enough to tell sessions apart, useless as a cookie.</summary>
    private static string Binding(HttpContext context) => context.Items[BindingKey] is string { Length: > 0 } key ? key[..16] : "";
}
