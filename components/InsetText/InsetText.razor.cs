namespace GovDesign.Components;

/// <summary>Text set apart from the content around it, such as a quote, an example or extra information.</summary>
public sealed partial class InsetText
{
    /// <summary>The content as text. Ignored when <see cref="Html"/> or child content is given.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The content as trusted HTML.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>The id of the inset text.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>Extra CSS classes for the inset text.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the inset text; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The content as Razor content, instead of <see cref="Text"/> or <see cref="Html"/>.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (ChildContent is null && !Content.Has(Html, Text))
        {
            throw new OptionsException(nameof(InsetText), "text", "is required, or give 'html'");
        }
    }
}
