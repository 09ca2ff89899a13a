namespace GovDesign.Components;

/// <summary>A warning about something important, such as a legal consequence of an action.</summary>
public sealed partial class WarningText
{
    /// <summary>The warning as text. Ignored when <see cref="Html"/> or child content is given.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The warning as trusted HTML.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>The text read out for the warning icon, hidden on screen; "Warning" in the current language by default.</summary>
    [Parameter] public string? IconFallbackText { get; set; }

    /// <summary>Extra CSS classes for the warning.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the warning; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The warning as Razor content, instead of <see cref="Text"/> or <see cref="Html"/>.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }
}
