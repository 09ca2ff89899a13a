using GovDesign.Components;

namespace GovDesign.Patterns;

/// <summary>
/// What every page of one service shares: theme, phase, navigation, languages, footer links and the
/// optional Exit this page button. Set it once and give it to every page pattern.
/// </summary>
public sealed record ServiceLayout
{
    /// <summary>The service's theme: colours, logo, organisation and service name.</summary>
    public Theme Theme { get; init; } = new();

    /// <summary>The service's phase, such as "Alpha" or "Beta"; no phase banner without it.</summary>
    public string? Phase { get; init; }

    /// <summary>Where the phase banner's feedback link goes; the banner has no link without it.</summary>
    public string? FeedbackUrl { get; init; }

    /// <summary>Links in the service navigation, beside the service name.</summary>
    public IReadOnlyList<ServiceNavigationItem>? Navigation { get; init; }

    /// <summary>
    /// The languages the service is offered in, as codes (<c>en</c>, <c>cy</c>, <c>vi</c>), in the
    /// order the language switch lists them. Fewer than two hides the switch.
    /// </summary>
    public IReadOnlyList<string> Languages { get; init; } = ServiceLanguage.Codes;

    /// <summary>
    /// Builds the address of the current page in another language from its code. By default
    /// <c>?lang=cy</c>: the same page, with the language in the query (see <see cref="ServiceLanguage.QueryKey"/>).
    /// </summary>
    public Func<string, string>? LanguageUrl { get; init; }

    /// <summary>Whether pages show the Exit this page button, for services about sensitive subjects.</summary>
    public bool ExitThisPage { get; init; }

    /// <summary>Where Exit this page goes: a harmless website. The component's default when unset.</summary>
    public string? ExitThisPageUrl { get; init; }

    /// <summary>The address of the cookies page, linked from the footer.</summary>
    public string? CookiesUrl { get; init; }

    /// <summary>The address of the accessibility statement, linked from the footer.</summary>
    public string? AccessibilityStatementUrl { get; init; }

    /// <summary>The address of the privacy notice, linked from the footer.</summary>
    public string? PrivacyUrl { get; init; }

    /// <summary>More footer links, after cookies, accessibility statement and privacy.</summary>
    public IReadOnlyList<FooterLink>? FooterLinks { get; init; }

    /// <summary>A line of text at the bottom of the footer, such as who runs the service.</summary>
    public string? FooterText { get; init; }

    /// <summary>Where GovDesign's CSS and JavaScript are served from; the page template's default when unset.</summary>
    public string? AssetPath { get; init; }
}
