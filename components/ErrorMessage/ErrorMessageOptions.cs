namespace GovDesign.Components;

/// <summary>The error message of a form field: the <c>errorMessage</c> option. Its presence marks the field as in error.</summary>
public sealed record ErrorMessageOptions
{
    /// <summary>The message as text.</summary>
    public string? Text { get; init; }

    /// <summary>The message as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The message's id; fields set it from their own id when it is not given.</summary>
    public string? Id { get; init; }

    /// <summary>Extra CSS classes for the message.</summary>
    public string? Classes { get; init; }

    /// <summary>The visually hidden prefix; "Error" in the current language by default.</summary>
    public string? VisuallyHiddenText { get; init; }

    /// <summary>Extra HTML attributes for the message.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    /// <summary>Renders this message with the given id; <paramref name="text"/> gives the default hidden prefix.</summary>
    internal RenderFragment Render(string? id, IStringLocalizer<ComponentText> text) =>
        ErrorMessage.Markup(id, Classes, Attributes, VisuallyHiddenText ?? text["ErrorMessage.VisuallyHiddenText"], Content.Of(Html, Text));
}
