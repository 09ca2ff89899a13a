using GovDesign.Frontend;

namespace GovDesign.Site;

/// <summary>The components and their examples, from govuk-frontend's fixtures.</summary>
public static class Catalogue
{
    /// <summary>Component names (govuk-frontend's folder names), in alphabetical order.</summary>
    public static IReadOnlyList<string> Components { get; } =
        GovukFrontendPackage.Fixtures.Select(f => f.Component).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Every fixture of a component, visible ones first.</summary>
    public static IReadOnlyList<Fixture> Examples(string component) =>
        GovukFrontendPackage.Fixtures.Where(f => f.Component == component).OrderBy(f => f.Hidden).ToList();

    /// <summary>One fixture by component and slug, or null.</summary>
    public static Fixture? Find(string component, string slug) =>
        GovukFrontendPackage.Fixtures.FirstOrDefault(f => f.Component == component && f.Slug == slug);

    /// <summary>A component's display name: "back-link" is "Back link".</summary>
    public static string Title(string component) => char.ToUpperInvariant(component[0]) + component[1..].Replace('-', ' ');

    /// <summary>The address of a fixture's page of its own.</summary>
    public static string Url(Fixture fixture) => $"/components/{fixture.Component}/{fixture.Slug}";
}
