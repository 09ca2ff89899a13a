namespace GovDesign.Components;

/// <summary>A section at the end of a page that asks people to tell the service what they think of it.</summary>
public sealed partial class Feedback
{
    /// <summary>The heading as text; "Help us improve this service" in the current language by default.</summary>
    [Parameter] public string? TitleText { get; set; }

    /// <summary>The heading as trusted HTML.</summary>
    [Parameter] public string? TitleHtml { get; set; }

    /// <summary>The heading's level, 1 to 6. Defaults to 2.</summary>
    [Parameter] public int? HeadingLevel { get; set; }

    /// <summary>The body as text, shown as one paragraph. Ignored when <see cref="Html"/> or child content is given.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The body as trusted HTML, such as a paragraph with a link to a feedback form.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>Extra CSS classes for the section.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the section; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The body as Razor content, instead of <see cref="Text"/> or <see cref="Html"/>.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (HeadingLevel is < 1 or > 6)
        {
            throw new OptionsException(nameof(Feedback), "headingLevel", $"must be from 1 to 6, not {HeadingLevel}");
        }
    }
}
