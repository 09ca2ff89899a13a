namespace GovDesign.Components;

/// <summary>The label of a form field: the <c>label</c> option of inputs, selects, textareas and others.</summary>
public sealed record LabelOptions
{
    /// <summary>The label as text.</summary>
    public string? Text { get; init; }

    /// <summary>The label as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The id of the field the label is for; fields set it to their own id.</summary>
    public string? For { get; init; }

    /// <summary>Whether the label is also the page's heading.</summary>
    public bool IsPageHeading { get; init; }

    /// <summary>Extra CSS classes for the label.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the label.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    /// <summary>Renders this label for the field with id <paramref name="for"/>.</summary>
    internal RenderFragment Render(string? @for) => builder =>
    {
        builder.OpenComponent<Label>(0);
        builder.AddComponentParameter(1, nameof(Label.For), @for);
        builder.AddComponentParameter(2, nameof(Label.IsPageHeading), IsPageHeading);
        builder.AddComponentParameter(3, nameof(Label.Classes), Classes);
        builder.AddComponentParameter(4, nameof(Label.Attributes), Attributes);
        builder.AddComponentParameter(5, nameof(Label.Html), Html);
        builder.AddComponentParameter(6, nameof(Label.Text), Text);
        builder.CloseComponent();
    };
}
