namespace GovDesign.Components;

/// <summary>
/// An action that is a button unless it has an <see cref="Href"/>, and a link styled as a button
/// when it has both an <see cref="Href"/> and the <see cref="Type"/> <c>button</c>: the options
/// that the actions of a cookie banner message and of an interruption panel share.
/// </summary>
public abstract record ButtonOrLink
{
    /// <summary>Only the library's own actions inherit these options.</summary>
    private protected ButtonOrLink()
    {
    }

    /// <summary>The button or link text.</summary>
    public string? Text { get; init; }

    /// <summary>The button type: <c>button</c> (the default) or <c>submit</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Where the link goes.</summary>
    public string? Href { get; init; }

    /// <summary>Extra CSS classes for the button or link.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the button or link.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    /// <summary>Renders the action as a <see cref="Button"/> or as a link.</summary>
    /// <param name="buttonClasses">All the classes of the button.</param>
    /// <param name="linkClasses">The link's own classes, before <see cref="Classes"/>.</param>
    /// <param name="name">The name the button submits.</param>
    /// <param name="value">The value the button submits.</param>
    private protected RenderFragment RenderWith(string? buttonClasses, string linkClasses, string? name = null, string? value = null) => builder =>
    {
        if (string.IsNullOrEmpty(Href) || Type == "button")
        {
            builder.OpenComponent<Button>(0);
            builder.AddComponentParameter(1, nameof(Button.Text), Text);
            builder.AddComponentParameter(2, nameof(Button.Type), string.IsNullOrEmpty(Type) ? "button" : Type);
            builder.AddComponentParameter(3, nameof(Button.Name), name);
            builder.AddComponentParameter(4, nameof(Button.Value), value);
            builder.AddComponentParameter(5, nameof(Button.Classes), buttonClasses);
            builder.AddComponentParameter(6, nameof(Button.Href), Href);
            builder.AddComponentParameter(7, nameof(Button.Attributes), Attributes);
            builder.CloseComponent();
            return;
        }

        builder.OpenElement(10, "a");
        builder.AddAttribute(11, "class", Content.Classes(linkClasses, Classes));
        builder.AddAttribute(12, "href", Href);
        builder.AddMultipleAttributes(13, Attributes);
        builder.AddContent(14, Text);
        builder.CloseElement();
    };
}
