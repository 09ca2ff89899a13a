namespace GovDesign.Components;

/// <summary>
/// The first link on the page, shown only when it has keyboard focus, that lets people skip past
/// the header and navigation to the main content.
/// </summary>
public sealed partial class SkipLink
{
    /// <summary>The link text; "Skip to main content" in the current language by default.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The link content as trusted HTML.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>The fragment to skip to. Defaults to <c>#content</c>: give the main element that id.</summary>
    [Parameter] public string? Href { get; set; }

    /// <summary>Extra CSS classes for the link.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the link; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The link content as Razor content.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }
}
