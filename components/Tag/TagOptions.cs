namespace GovDesign.Components;

/// <summary>A tag inside another component, such as the <c>tag</c> option of the phase banner.</summary>
public sealed record TagOptions
{
    /// <summary>The tag as text.</summary>
    public string? Text { get; init; }

    /// <summary>The tag as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>Extra CSS classes for the tag, such as <c>govuk-tag--grey</c>.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the tag.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    /// <summary>Renders a tag with the given options, adding the classes of the component that holds it.</summary>
    /// <param name="options">The tag's options; null renders an empty tag, as the macros do.</param>
    /// <param name="classes">Classes of the holding component, placed before the tag's own classes.</param>
    internal static RenderFragment Render(TagOptions? options, string classes) =>
        Tag.Markup(Content.Classes(classes, options?.Classes), options?.Attributes, Content.Of(options?.Html, options?.Text));
}
