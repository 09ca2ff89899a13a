namespace GovDesign.Components;

/// <summary>A link back to the previous page of a journey.</summary>
public sealed partial class BackLink
{
    /// <summary>Where the link goes. Defaults to <c>#</c>.</summary>
    [Parameter] public string? Href { get; set; }

    /// <summary>The link text; "Back" in the current language by default.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The link content as trusted HTML.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>Extra CSS classes, such as <c>govuk-back-link--inverse</c> on dark backgrounds.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the link; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The link content as Razor content.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }
}
