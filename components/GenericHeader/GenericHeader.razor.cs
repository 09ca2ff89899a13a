namespace GovDesign.Components;

/// <summary>
/// The header for any government's service: the organisation's logo or name, linked to its
/// homepage. This is the default header; <see cref="Header"/> is only for services on GOV.UK.
/// </summary>
public sealed partial class GenericHeader
{
    /// <summary>Where the logo links to. Defaults to <c>/</c>.</summary>
    [Parameter] public string? Url { get; set; }

    /// <summary>The organisation's or service's name, shown as the logo. Ignored when <see cref="LogoHtml"/> or child content is given.</summary>
    [Parameter] public string? LogoText { get; set; }

    /// <summary>The logo as trusted HTML, such as an SVG image with a title, and a name beside it.</summary>
    [Parameter] public string? LogoHtml { get; set; }

    /// <summary>Classes for the container; <c>govuk-width-container</c> by default.</summary>
    [Parameter] public string? ContainerClasses { get; set; }

    /// <summary>Extra CSS classes for the header.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the header; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The logo as Razor content, instead of <see cref="LogoText"/> or <see cref="LogoHtml"/>.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (ChildContent is null && !Content.Has(LogoHtml, LogoText))
        {
            throw new OptionsException(nameof(GenericHeader), "logoText", "is required: give the logo as logoText or logoHtml");
        }
    }
}
