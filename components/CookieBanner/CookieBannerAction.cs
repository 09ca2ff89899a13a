namespace GovDesign.Components;

/// <summary>
/// A button or link of a cookie banner message: a button unless it has an <see cref="Href"/>, and a
/// link styled as a button when it has both an <see cref="Href"/> and the <see cref="Type"/> <c>button</c>.
/// </summary>
public sealed record CookieBannerAction
{
    /// <summary>The button or link text.</summary>
    public string? Text { get; init; }

    /// <summary>The button type: <c>button</c> (the default) or <c>submit</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Where the link goes.</summary>
    public string? Href { get; init; }

    /// <summary>The name the button submits. Ignored for links.</summary>
    public string? Name { get; init; }

    /// <summary>The value the button submits. Ignored for links.</summary>
    public string? Value { get; init; }

    /// <summary>Extra CSS classes for the button or link.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the button or link.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    /// <summary>Renders the action as a button or a link.</summary>
    internal RenderFragment Render() => builder =>
    {
        if (string.IsNullOrEmpty(Href) || Type == "button")
        {
            builder.OpenComponent<Button>(0);
            builder.AddComponentParameter(1, nameof(Button.Text), Text);
            builder.AddComponentParameter(2, nameof(Button.Type), string.IsNullOrEmpty(Type) ? "button" : Type);
            builder.AddComponentParameter(3, nameof(Button.Name), Name);
            builder.AddComponentParameter(4, nameof(Button.Value), Value);
            builder.AddComponentParameter(5, nameof(Button.Classes), Classes);
            builder.AddComponentParameter(6, nameof(Button.Href), Href);
            builder.AddComponentParameter(7, nameof(Button.Attributes), Attributes);
            builder.CloseComponent();
            return;
        }

        builder.OpenElement(10, "a");
        builder.AddAttribute(11, "class", Content.Classes("govuk-link", Classes));
        builder.AddAttribute(12, "href", Href);
        builder.AddMultipleAttributes(13, Attributes);
        builder.AddContent(14, Text);
        builder.CloseElement();
    };
}
