using System.Text.Encodings.Web;
using GovDesign.Components;
using GovDesign.Patterns.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace GovDesign.Patterns;

/// <summary>
/// A whole page of a service: the themed generic header with the service navigation, the phase
/// banner, the language switch, an optional Exit this page button and back link, the main content
/// and a footer with the service's support links. Every other page pattern is built on it.
/// </summary>
public sealed partial class ServicePage
{
    /// <summary>What every page of the service shares. A plain page with GovDesign's defaults when unset.</summary>
    [Parameter] public ServiceLayout Layout { get; set; } = new();

    /// <summary>The page's own title, usually its main heading. The service's name follows it in the browser's title.</summary>
    [Parameter, EditorRequired] public string Title { get; set; } = "";

    /// <summary>Whether the page shows errors: the title then starts with "Error: " in the current language.</summary>
    [Parameter] public bool HasErrors { get; set; }

    /// <summary>Where the back link goes; no back link without it.</summary>
    [Parameter] public string? BackLinkHref { get; set; }

    /// <summary>The back link's text; "Back" in the current language by default.</summary>
    [Parameter] public string? BackLinkText { get; set; }

    /// <summary>Whether the content takes the page's full width instead of two thirds of it (for tables and dashboards).</summary>
    [Parameter] public bool FullWidth { get; set; }

    /// <summary>Extra content for the <c>head</c>.</summary>
    [Parameter] public RenderFragment? Head { get; set; }

    /// <summary>Content at the start of the body, before the skip link: the place for the cookie banner.</summary>
    [Parameter] public RenderFragment? BodyStart { get; set; }

    /// <summary>Content after the back link, before <c>main</c>, such as breadcrumbs.</summary>
    [Parameter] public RenderFragment? BeforeContent { get; set; }

    /// <summary>The nonce of the page's Content Security Policy.</summary>
    [Parameter] public string? CspNonce { get; set; }

    /// <summary>The page's main content.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <summary>The request being answered, when the page is rendered for one: the header's links from the app's root go under its path base.</summary>
    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    /// <summary>The title as the browser shows it: "Error: " when there are errors, the page's title, then the service's name.</summary>
    internal string FullTitle => FormatTitle(T, Title, Layout.Theme.ServiceName, HasErrors);

    private string? LogoHtml => string.IsNullOrEmpty(Layout.Theme.LogoUrl)
        ? null
        : $"<img src=\"{HtmlEncoder.Default.Encode(Layout.Theme.LogoUrl)}\" alt=\"{HtmlEncoder.Default.Encode(Layout.Theme.OrganisationName ?? "")}\" class=\"govdesign-header__logo\">";

    /// <summary>The feedback sentence's text before its link.</summary>
    private string FeedbackBefore => FeedbackSentence[0];

    /// <summary>The feedback sentence's text after its link.</summary>
    private string FeedbackAfter => FeedbackSentence.Length > 1 ? FeedbackSentence[1] : "";

    // Translators place the link ({0}) where their language puts it.
    private string[] FeedbackSentence => T["ServicePage.PhaseFeedback"].Value.Split("{0}", 2);

    private bool ShowLanguageSwitch => Layout.Languages.Count > 1;

    private IReadOnlyList<LanguageNavigationItem> LanguageItems => [.. Layout.Languages.Select(code => new LanguageNavigationItem
    {
        Text = ServiceLanguage.NameOf(code),
        Lang = code,
        Current = code == ServiceLanguage.Current,
        Href = (Layout.LanguageUrl ?? ServiceLanguage.DefaultUrl)(code),
    })];

    private IReadOnlyList<FooterLink> FooterLinks
    {
        get
        {
            var links = new List<FooterLink>();
            void Add(string? href, string key)
            {
                if (!string.IsNullOrEmpty(href))
                {
                    links.Add(new FooterLink { Href = href, Text = T[key] });
                }
            }

            Add(Layout.CookiesUrl, "ServicePage.Cookies");
            Add(Layout.AccessibilityStatementUrl, "ServicePage.AccessibilityStatement");
            Add(Layout.PrivacyUrl, "ServicePage.Privacy");
            links.AddRange(Layout.FooterLinks ?? []);
            return links;
        }
    }

    /// <summary>Builds a page title: "Error: " when there are errors, then the title, then the service's name.</summary>
    /// <param name="text">The page text in the current language.</param>
    /// <param name="title">The page's own title.</param>
    /// <param name="serviceName">The service's name, if any.</param>
    /// <param name="hasErrors">Whether the page shows errors.</param>
    /// <returns>The full title.</returns>
    internal static string FormatTitle(IStringLocalizer<PageText> text, string title, string? serviceName, bool hasErrors)
    {
        var full = string.IsNullOrEmpty(serviceName) ? title : $"{title} – {serviceName}";
        return hasErrors ? text["ServicePage.ErrorPrefix"].Value + full : full;
    }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            throw new ArgumentException("ServicePage: Title is required: every page needs a title that says what it is for.", nameof(Title));
        }
    }
}
