namespace GovDesign.Components;

/// <summary>A banner under the header that says a service is new (alpha or beta) and asks for feedback.</summary>
public sealed partial class PhaseBanner
{
    /// <summary>The banner's message as text. Ignored when <see cref="Html"/> or child content is given.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The banner's message as trusted HTML, usually with a link to a feedback page.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>The tag that names the phase, such as "Alpha" or "Beta".</summary>
    [Parameter] public TagOptions? Tag { get; set; }

    /// <summary>Extra CSS classes for the banner.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the banner; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The banner's message as Razor content, instead of <see cref="Text"/> or <see cref="Html"/>.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (ChildContent is null && !Content.Has(Html, Text))
        {
            throw new OptionsException(nameof(PhaseBanner), "text", "is required: give the banner's message as text or html");
        }
    }
}
