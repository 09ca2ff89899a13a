namespace GovDesign.Components;

/// <summary>
/// A service's look: colours, font stack, logo, names and favicon. Applied at run time through the CSS
/// custom properties that govuk-frontend reads (<c>--govuk-brand-colour</c>, <c>--govuk-link-colour</c> ...),
/// so changing it needs no rebuild. Every property is optional: unset keeps GovDesign's neutral default.
/// </summary>
public sealed record Theme
{
    /// <summary>
    /// The brand colour of the header, the service navigation's border, the footer's top border and
    /// other branded surfaces, as <c>#rrggbb</c> or <c>#rgb</c>. White text sits on it.
    /// </summary>
    public string? BrandColour { get; init; }

    /// <summary>The colour of links, as <c>#rrggbb</c> or <c>#rgb</c>. It sits on a white page.</summary>
    public string? LinkColour { get; init; }

    /// <summary>The colour of links when hovered, as <c>#rrggbb</c> or <c>#rgb</c>.</summary>
    public string? LinkHoverColour { get; init; }

    /// <summary>The colour of visited links, as <c>#rrggbb</c> or <c>#rgb</c>.</summary>
    public string? LinkVisitedColour { get; init; }

    /// <summary>The font stack, for example <c>"Noto Sans", Arial, sans-serif</c>. Fonts are not downloaded: list fonts the page loads itself or system fonts.</summary>
    public string? FontFamily { get; init; }

    /// <summary>The address of the organisation's logo image, shown in the header.</summary>
    public string? LogoUrl { get; init; }

    /// <summary>The organisation's name: the logo's text alternative and the header's home link text.</summary>
    public string? OrganisationName { get; init; }

    /// <summary>Where the organisation's name in the header links to.</summary>
    public string? OrganisationUrl { get; init; }

    /// <summary>The service's name, shown in the service navigation.</summary>
    public string? ServiceName { get; init; }

    /// <summary>Where the service's name links to, usually the service's start page.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>The address of the favicon.</summary>
    public string? FaviconUrl { get; init; }

    /// <summary>
    /// Checks the theme: colours must be hex colours with WCAG 2.2 AA contrast (4.5:1) against the
    /// text or background they meet, and the font stack must be a plain list of font names.
    /// </summary>
    /// <exception cref="ArgumentException">A property is not valid; the message names it and says why.</exception>
    public void Validate()
    {
        ThemeColour.RequireContrast(nameof(BrandColour), BrandColour, ThemeColour.White, "the white header text on it");
        ThemeColour.RequireContrast(nameof(LinkColour), LinkColour, ThemeColour.White, "the white page behind links");
        ThemeColour.RequireContrast(nameof(LinkHoverColour), LinkHoverColour, ThemeColour.White, "the white page behind links");
        ThemeColour.RequireContrast(nameof(LinkVisitedColour), LinkVisitedColour, ThemeColour.White, "the white page behind links");
        if (FontFamily is not null && FontFamily.IndexOfAny(['{', '}', ';', '<', '>', '\\', '(', ')']) >= 0)
        {
            throw new ArgumentException($"Theme: {nameof(FontFamily)} must be a list of font names such as \"Noto Sans\", Arial, sans-serif.", nameof(FontFamily));
        }
    }

    /// <summary>The CSS declarations (<c>--name:value;</c>) this theme sets, after validating it.</summary>
    /// <returns>Custom property declarations, empty when the theme changes nothing.</returns>
    public string ToCustomProperties()
    {
        Validate();
        var declarations = new List<string>();
        void Add(string property, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                declarations.Add($"{property}:{value.Trim()};");
            }
        }

        Add("--govuk-brand-colour", BrandColour);
        Add("--govdesign-header-colour", BrandColour);
        Add("--govuk-link-colour", LinkColour);
        Add("--govuk-link-hover-colour", LinkHoverColour);
        Add("--govuk-link-visited-colour", LinkVisitedColour);
        Add("--govdesign-font-family", FontFamily);
        return string.Concat(declarations);
    }
}
