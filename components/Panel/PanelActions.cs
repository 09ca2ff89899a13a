namespace GovDesign.Components;

/// <summary>The <c>actions</c> option of an interruption panel: its buttons and links, and their wrapper.</summary>
public sealed record PanelActions
{
    /// <summary>The buttons and links, in order.</summary>
    public IReadOnlyList<PanelAction>? Items { get; init; }

    /// <summary>Extra CSS classes for the <c>govuk-panel__actions</c> wrapper.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the <c>govuk-panel__actions</c> wrapper.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}

/// <summary>
/// One action of an interruption panel: an inverse button, or an inverse link when it has an
/// <see cref="Href"/> (a link styled as a button when <see cref="Type"/> is also <c>button</c>).
/// </summary>
public sealed record PanelAction
{
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

    /// <summary>Renders the action as an inverse button or link.</summary>
    internal RenderFragment Render() => builder =>
    {
        if (string.IsNullOrEmpty(Href) || Type == "button")
        {
            builder.OpenComponent<Button>(0);
            builder.AddComponentParameter(1, nameof(Button.Text), Text);
            builder.AddComponentParameter(2, nameof(Button.Type), string.IsNullOrEmpty(Type) ? "button" : Type);
            builder.AddComponentParameter(3, nameof(Button.Classes), Content.Classes("govuk-button--inverse", Classes));
            builder.AddComponentParameter(4, nameof(Button.Href), Href);
            builder.AddComponentParameter(5, nameof(Button.Attributes), Attributes);
            builder.CloseComponent();
            return;
        }

        builder.OpenElement(10, "a");
        builder.AddAttribute(11, "class", Content.Classes("govuk-link govuk-link--inverse", Classes));
        builder.AddAttribute(12, "href", Href);
        builder.AddMultipleAttributes(13, Attributes);
        builder.AddContent(14, Text);
        builder.CloseElement();
    };
}
