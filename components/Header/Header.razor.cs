namespace GovDesign.Components;

/// <summary>
/// The GOV.UK header, with the GOV.UK logo. Only for services on GOV.UK: the logo and crown belong
/// to GOV.UK. Services of any other government use <see cref="GenericHeader"/>, the default.
/// </summary>
public sealed partial class Header
{
    /// <summary>Where the logo links to. Defaults to <c>//gov.uk</c>.</summary>
    [Parameter] public string? HomepageUrl { get; set; }

    /// <summary>The name of a product shown beside the logo, such as "Design System".</summary>
    [Parameter] public string? ProductName { get; set; }

    /// <summary>Classes for the container; <c>govuk-width-container</c> by default.</summary>
    [Parameter] public string? ContainerClasses { get; set; }

    /// <summary>Extra CSS classes for the header.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the header; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }
}
