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
    internal RenderFragment Render(string? @for) => Label.Markup(@for, IsPageHeading, Classes, Attributes, null, Html, Text);
}
