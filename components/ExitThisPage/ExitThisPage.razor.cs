namespace GovDesign.Components;

/// <summary>
/// A button that takes people quickly away from a page about a sensitive subject, such as domestic
/// abuse, to a harmless website. With JavaScript, pressing Shift three times does the same.
/// </summary>
public sealed partial class ExitThisPage
{
    private const string DefaultRedirectUrl = "https://www.bbc.co.uk/weather";

    /// <summary>The button text; "Emergency Exit this page" (the first word visually hidden) in the current language by default.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The button content as trusted HTML.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>Where the button goes: a harmless page. Defaults to the BBC weather page.</summary>
    [Parameter] public string? RedirectUrl { get; set; }

    /// <summary>The id of the wrapper.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>Extra CSS classes for the wrapper.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the wrapper; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>What screen readers announce while the page is being left, with JavaScript; "Loading." in English.</summary>
    [Parameter] public string? ActivatedText { get; set; }

    /// <summary>What screen readers announce when the Shift presses timed out; "Exit this page expired." in English.</summary>
    [Parameter] public string? TimedOutText { get; set; }

    /// <summary>What screen readers announce after the first Shift press; "Shift, press 2 more times to exit." in English.</summary>
    [Parameter] public string? PressTwoMoreTimesText { get; set; }

    /// <summary>What screen readers announce after the second Shift press; "Shift, press 1 more time to exit." in English.</summary>
    [Parameter] public string? PressOneMoreTimeText { get; set; }

    /// <summary>The button content as Razor content, instead of <see cref="Text"/> or <see cref="Html"/>.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }
}
