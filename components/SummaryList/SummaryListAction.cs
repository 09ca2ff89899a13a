namespace GovDesign.Components;

/// <summary>The action links of a summary list row or of a summary card.</summary>
public sealed record SummaryListActions
{
    /// <summary>The links, in order.</summary>
    public IReadOnlyList<SummaryListAction>? Items { get; init; }

    /// <summary>Extra CSS classes for the actions wrapper.</summary>
    public string? Classes { get; init; }
}

/// <summary>An action link, such as "Change", with hidden text that says what it changes.</summary>
public sealed record SummaryListAction
{
    /// <summary>Where the link goes. Required.</summary>
    public string? Href { get; init; }

    /// <summary>The link text. Ignored when <see cref="Html"/> is set.</summary>
    public string? Text { get; init; }

    /// <summary>The link content as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>Text read out after the link text and hidden on screen, such as "name" in "Change name".</summary>
    public string? VisuallyHiddenText { get; init; }

    /// <summary>Extra CSS classes for the link.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the link.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    /// <summary>Renders the link; a summary card's title, when there is one, is read out after the hidden text.</summary>
    internal RenderFragment Render(SummaryListCardTitle? cardTitle) => builder =>
    {
        builder.OpenElement(0, "a");
        builder.AddAttribute(1, "class", Content.Classes("govuk-link", Classes));
        builder.AddAttribute(2, "href", Href);
        builder.AddMultipleAttributes(3, Attributes);
        builder.AddContent(4, Content.Of(Html, Text));
        if (!string.IsNullOrEmpty(VisuallyHiddenText) || cardTitle is not null)
        {
            builder.OpenElement(5, "span");
            builder.AddAttribute(6, "class", "govuk-visually-hidden");
            if (!string.IsNullOrEmpty(VisuallyHiddenText))
            {
                builder.AddContent(7, " " + VisuallyHiddenText);
            }

            if (cardTitle is not null)
            {
                builder.AddContent(8, " (");
                builder.AddContent(9, Content.Of(cardTitle.Html, cardTitle.Text));
                builder.AddContent(10, ")");
            }

            builder.CloseElement();
        }

        builder.CloseElement();
    };
}
