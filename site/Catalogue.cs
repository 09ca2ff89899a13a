using GovDesign.Frontend;

namespace GovDesign.Site;

/// <summary>
/// The components and the govuk-frontend fixtures the site publishes. Only the visible fixtures
/// are examples; the hidden ones are govuk-frontend's test cases (some inaccessible on purpose),
/// which the conformance tests render but the site neither serves nor links.
/// </summary>
public static class Catalogue
{
    /// <summary>Component names (govuk-frontend's folder names), in alphabetical order.</summary>
    public static IReadOnlyList<string> Components { get; } =
        GovukFrontendPackage.Fixtures.Select(f => f.Component).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>The visible fixtures of a component, the examples the site publishes.</summary>
    public static IReadOnlyList<Fixture> Examples(string component) =>
        GovukFrontendPackage.Fixtures.Where(f => f.Component == component && !f.Hidden).ToList();

    /// <summary>One visible fixture by component and slug, or null (a hidden fixture is not published).</summary>
    public static Fixture? Find(string component, string slug) =>
        GovukFrontendPackage.Fixtures.FirstOrDefault(f => f.Component == component && f.Slug == slug && !f.Hidden);

    /// <summary>
    /// Visible fixtures whose example is written in another language than the site's English (govuk-frontend
    /// shows its translation options in Welsh). Their frame marks the example with this language, so that
    /// screen readers pronounce it as Welsh and a language-of-parts check (WCAG 3.1.2) finds it marked.
    /// </summary>
    private static readonly Dictionary<(string Component, string Slug), string> OtherLanguages = new()
    {
        [("date-input", "with-translations")] = "cy",
        [("error-message", "translated")] = "cy",
        [("file-upload", "translated")] = "cy",
        [("footer", "with-custom-html-content-licence-and-copyright-notice")] = "cy",
        [("footer", "with-custom-text-content-licence-and-copyright-notice")] = "cy",
    };

    /// <summary>The language a fixture's example is written in, when it is not English (<c>cy</c>), or null.</summary>
    public static string? Language(Fixture fixture) => OtherLanguages.GetValueOrDefault((fixture.Component, fixture.Slug));

    /// <summary>A component's display name: "back-link" is "Back link".</summary>
    public static string Title(string component) => char.ToUpperInvariant(component[0]) + component[1..].Replace('-', ' ');

    /// <summary>The address of a fixture's page in the site's layout.</summary>
    public static string Url(Fixture fixture) => $"/components/{fixture.Component}/{fixture.Slug}";

    /// <summary>The address of a fixture alone on a bare page, which its site page shows in a frame.</summary>
    public static string FrameUrl(Fixture fixture) => $"/examples/fixtures/{fixture.Component}/{fixture.Slug}";
}
