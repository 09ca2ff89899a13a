namespace GovDesign.Components;

/// <summary>
/// The GOV.UK footer, with the crown, the Open Government Licence and Crown copyright. Only for
/// services on GOV.UK: the crown, the licence and the copyright are GOV.UK's.
/// </summary>
public sealed partial class Footer
{
    private const string CrownCopyrightUrl = "https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/";

    private bool _showContentLicence = true;

    /// <summary>Links and content in the footer's meta area, at the bottom.</summary>
    [Parameter] public FooterMeta? Meta { get; set; }

    /// <summary>Sections of links above the meta area, each with a heading.</summary>
    [Parameter] public IReadOnlyList<FooterNavigation>? Navigation { get; set; }

    /// <summary>
    /// The content licence statement; the Open Government Licence v3.0 in the current language by
    /// default. Set it to null explicitly (the macro's <c>contentLicence: null</c>) to leave the licence out.
    /// </summary>
    [Parameter] public TextOrHtml? ContentLicence { get; set; }

    /// <summary>The copyright notice; "© Crown copyright" in the current language by default.</summary>
    [Parameter] public TextOrHtml? Copyright { get; set; }

    /// <summary>Extra CSS classes for the container.</summary>
    [Parameter] public string? ContainerClasses { get; set; }

    /// <summary>Extra CSS classes for the footer.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the footer; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <inheritdoc />
    public override Task SetParametersAsync(ParameterView parameters)
    {
        // The macro tells "no licence" (null) from "default licence" (not given).
        _showContentLicence = !parameters.TryGetValue<TextOrHtml?>(nameof(ContentLicence), out var licence) || licence is not null;
        return base.SetParametersAsync(parameters);
    }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        for (var i = 0; i < Navigation?.Count; i++)
        {
            if (string.IsNullOrEmpty(Navigation[i].Title))
            {
                throw new OptionsException(nameof(Footer), $"navigation[{i}].title", "is required");
            }

            Check(Navigation[i].Items, $"navigation[{i}].items");
        }

        Check(Meta?.Items, "meta.items");
    }

    private static void Check(IReadOnlyList<FooterLink>? links, string path)
    {
        for (var i = 0; i < links?.Count; i++)
        {
            if (string.IsNullOrEmpty(links[i].Href) || string.IsNullOrEmpty(links[i].Text))
            {
                throw new OptionsException(nameof(Footer), $"{path}[{i}]", "needs both text and href");
            }
        }
    }
}
