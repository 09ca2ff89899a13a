using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Components;

/// <summary>
/// The whole HTML page: head with GovDesign's stylesheet and the theme, a skip link, the header
/// (by default the themed generic header and the service navigation), the main content, an
/// optional footer, and the script that starts govuk-frontend's JavaScript. The parameters mirror
/// govuk-frontend's page template; each block is a Razor slot. Inside <see cref="HostedPages"/>
/// (a Blazor app's <c>App.razor</c>, which writes the document itself) it renders only the body's
/// content, and gives its title and head to the app's <c>HeadOutlet</c>.
/// </summary>
public sealed partial class PageTemplate
{
    private const string DefaultThemeColour = "#1d70b8";
    private const string DefaultAssetPath = "/_content/GovDesign.Components";

    // Marks the body so that govuk-frontend's styles for enhanced components apply only where its JavaScript can run.
    private const string SupportScript =
        "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

    /// <summary>The page's title. Prefix it with "Error: " when the page shows errors.</summary>
    [Parameter] public string? PageTitle { get; set; }

    /// <summary>The language of the title, when it differs from the page's.</summary>
    [Parameter] public string? PageTitleLang { get; set; }

    /// <summary>The page's language; by default the current UI language (en, cy or vi). Inside <see cref="HostedPages"/>, App.razor's <c>html</c> element says it.</summary>
    [Parameter] public string? HtmlLang { get; set; }

    /// <summary>Extra CSS classes for the <c>html</c> element; App.razor's own inside <see cref="HostedPages"/>.</summary>
    [Parameter] public string? HtmlClasses { get; set; }

    /// <summary>The browser's toolbar colour; by default the theme's brand colour.</summary>
    [Parameter] public string? ThemeColor { get; set; }

    /// <summary>
    /// Where GovDesign's CSS and JavaScript are served from. A path from the root of the app is put
    /// under the request's path base (<c>app.UsePathBase</c>), and each file is linked by its
    /// fingerprinted address when the app serves one (<c>app.MapStaticAssets()</c>), so that browsers
    /// may cache it for good; an app without it links the plain addresses.
    /// </summary>
    [Parameter] public string AssetPath { get; set; } = DefaultAssetPath;

    /// <summary>The service's theme: colours, font, logo, names, favicon.</summary>
    [Parameter] public Theme Theme { get; set; } = new();

    /// <summary>Extra content for the <c>head</c>, such as more stylesheets.</summary>
    [Parameter] public RenderFragment? Head { get; set; }

    /// <summary>Replaces the favicon links.</summary>
    [Parameter] public RenderFragment? HeadIcons { get; set; }

    /// <summary>Extra CSS classes for the <c>body</c> element; App.razor's own inside <see cref="HostedPages"/>.</summary>
    [Parameter] public string? BodyClasses { get; set; }

    /// <summary>Extra HTML attributes for the <c>body</c> element; App.razor's own inside <see cref="HostedPages"/>.</summary>
    [Parameter] public IReadOnlyDictionary<string, object>? BodyAttributes { get; set; }

    /// <summary>Content at the start of the body, before the skip link, such as a cookie banner.</summary>
    [Parameter] public RenderFragment? BodyStart { get; set; }

    /// <summary>Replaces the skip link to the main content.</summary>
    [Parameter] public RenderFragment? SkipLink { get; set; }

    /// <summary>
    /// Replaces the header's content. By default it holds the generic header with the theme's logo or
    /// organisation name and the service navigation with the theme's service name; with neither, the
    /// page has no header.
    /// </summary>
    [Parameter] public RenderFragment? Header { get; set; }

    /// <summary>Extra CSS classes for the <c>header</c> element.</summary>
    [Parameter] public string? HeaderClasses { get; set; }

    /// <summary>Extra CSS classes for the width container around the main content.</summary>
    [Parameter] public string? ContainerClasses { get; set; }

    /// <summary>Content before <c>main</c>, such as a phase banner, back link or breadcrumbs.</summary>
    [Parameter] public RenderFragment? BeforeContent { get; set; }

    /// <summary>Extra CSS classes for the <c>main</c> element.</summary>
    [Parameter] public string? MainClasses { get; set; }

    /// <summary>The language of the main content, when it differs from the page's.</summary>
    [Parameter] public string? MainLang { get; set; }

    /// <summary>The page's main content.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <summary>
    /// Content after <c>main</c>, inside the width container, such as a side navigation that
    /// follows the content in reading order, so that the skip link lands on the content.
    /// </summary>
    [Parameter] public RenderFragment? AfterContent { get; set; }

    /// <summary>The footer's content; no footer is rendered without it.</summary>
    [Parameter] public RenderFragment? Footer { get; set; }

    /// <summary>Extra CSS classes for the <c>footer</c> element.</summary>
    [Parameter] public string? FooterClasses { get; set; }

    /// <summary>Content at the end of the body, such as more scripts.</summary>
    [Parameter] public RenderFragment? BodyEnd { get; set; }

    /// <summary>The nonce of the page's Content Security Policy, put on the inline script and style.</summary>
    [Parameter] public string? CspNonce { get; set; }

    /// <summary>The request being answered, when the page is rendered for one (static server rendering).</summary>
    [CascadingParameter] public HttpContext? HttpContext { get; set; }

    /// <summary>Set inside <see cref="HostedPages"/>: App.razor writes the document, this page only its body's content.</summary>
    [CascadingParameter] public HostedPages? Hosted { get; set; }

    /// <summary>The app's (or the renderer's) services, where the fingerprinted addresses are found.</summary>
    [Inject] private IServiceProvider AppServices { get; set; } = null!;

    private string? _logoHtml;

    private string Lang => HtmlLang ?? (ComponentText.IsEnglish ? "en" : CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    private bool HasDefaultHeader => _logoHtml is not null || !string.IsNullOrEmpty(Theme.OrganisationName) || !string.IsNullOrEmpty(Theme.ServiceName);

    // The address of one of GovDesign's files: fingerprinted when the app serves a fingerprinted copy
    // (Blazor's Assets under WithStaticAssets, otherwise the app's MapStaticAssets endpoints), and under
    // the request's path base when it is a path from the app's root.
    private string Asset(string file)
    {
        var path = $"{AssetPath.TrimEnd('/')}/{file}";
        if (!path.StartsWith('/') || path.StartsWith("//", StringComparison.Ordinal))
        {
            return path;
        }

        var relative = path[1..];
        var address = Assets[relative];
        if (address == relative)
        {
            address = StaticAssetUrls.Fingerprinted(AppServices, relative) ?? relative;
        }

        return AppPaths.UnderPathBase(HttpContext, "/" + address)!;
    }

    /// <inheritdoc />
    protected override void OnParametersSet() => _logoHtml = string.IsNullOrEmpty(Theme.LogoUrl)
        ? null
        : $"<img src=\"{HtmlEncoder.Default.Encode(Theme.LogoUrl)}\" alt=\"{HtmlEncoder.Default.Encode(Theme.OrganisationName ?? "")}\" class=\"govdesign-header__logo\">";
}
