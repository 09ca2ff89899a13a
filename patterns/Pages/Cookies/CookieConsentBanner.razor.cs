using GovDesign.Components;
using GovDesign.Patterns.Pages;
using Microsoft.AspNetCore.Components;

namespace GovDesign.Patterns;

/// <summary>
/// The cookie banner, working without JavaScript: a form that posts the choice (accept or reject) to
/// the consent endpoint (<see cref="CookieConsentEndpoints.MapCookieConsent"/>), which comes back to
/// the page; the banner then confirms the choice with a button that hides it. Once hidden, or when a
/// choice was made earlier, it renders nothing.
/// </summary>
public sealed partial class CookieConsentBanner
{
    /// <summary>The person's choice so far, from <see cref="CookieConsent.Read"/>.</summary>
    [Parameter] public CookieChoice Choice { get; set; }

    /// <summary>Whether the choice was just made, from <see cref="CookieConsent.JustChosen"/>: the banner confirms it.</summary>
    [Parameter] public bool ShowConfirmation { get; set; }

    /// <summary>The consent endpoint's address. Defaults to <c>/cookie-consent</c>.</summary>
    [Parameter] public string Action { get; set; } = "/cookie-consent";

    /// <summary>The address of the current page, path and query, to come back to. Defaults to <c>/</c>.</summary>
    [Parameter] public string ReturnUrl { get; set; } = "/";

    /// <summary>The address of the cookies page, linked from the banner.</summary>
    [Parameter] public string? CookiesPageUrl { get; set; }

    /// <summary>The service's name, for the heading "Cookies on ..."; the theme's usual service name.</summary>
    [Parameter] public string? ServiceName { get; set; }

    /// <summary>The antiforgery token the form posts back.</summary>
    [Parameter] public FormToken? Antiforgery { get; set; }

    /// <summary>The antiforgery hidden field as Razor content, instead of <see cref="Antiforgery"/>.</summary>
    [Parameter] public RenderFragment? AntiforgeryContent { get; set; }

    private string Heading => string.IsNullOrEmpty(ServiceName) ? T["Cookies.BannerHeadingPlain"] : T["Cookies.BannerHeading", ServiceName];

    private IReadOnlyList<CookieBannerMessage> Messages => Choice == CookieChoice.NotChosen
        ? [new CookieBannerMessage
            {
                HeadingText = Heading,
                Html = Paragraph(T["Cookies.BannerEssential"]) + Paragraph(T["Cookies.BannerAdditional"]),
                Actions =
                [
                    Submit(T["Cookies.Accept"], "accept"),
                    Submit(T["Cookies.Reject"], "reject"),
                    .. string.IsNullOrEmpty(CookiesPageUrl) ? Array.Empty<CookieBannerAction>() : [new CookieBannerAction { Text = T["Cookies.View"], Href = CookiesPageUrl }],
                ],
            }]
        : [new CookieBannerMessage
            {
                HeadingText = Heading,
                Html = Paragraph(T[Choice == CookieChoice.Accepted ? "Cookies.Accepted" : "Cookies.Rejected"], CookiesPageUrl),
                Role = "alert",
                Actions = [Submit(T["Cookies.Hide"], "hide")],
            }];

    private static CookieBannerAction Submit(string text, string value) =>
        new() { Text = text, Type = "submit", Name = CookieConsentEndpoints.ChoiceField, Value = value };

    /// <summary>A paragraph of encoded text; its <c>{0}</c> becomes a link to the cookies page when there is one.</summary>
    private string Paragraph(string text, string? cookiesPageUrl = null)
    {
        var parts = text.Split("{0}", 2);
        var body = Html.Encode(parts[0]);
        if (parts.Length > 1)
        {
            var link = T["Cookies.ChangeSettingsLink"].Value;
            body += string.IsNullOrEmpty(cookiesPageUrl)
                ? Html.Encode(link)
                : $"<a class=\"govuk-link\" href=\"{Html.Encode(cookiesPageUrl)}\">{Html.Encode(link)}</a>";
            body += Html.Encode(parts[1]);
        }

        return $"<p class=\"govuk-body\">{body}</p>";
    }
}
