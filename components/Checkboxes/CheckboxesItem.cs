namespace GovDesign.Components;

/// <summary>One checkbox of a <see cref="Checkboxes"/> group, or a divider between checkboxes.</summary>
public sealed record CheckboxesItem
{
    /// <summary>The checkbox's label as text. Ignored when <see cref="Html"/> is set.</summary>
    public string? Text { get; init; }

    /// <summary>The checkbox's label as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The checkbox's id; by default the group's id prefix, numbered from the second item on.</summary>
    public string? Id { get; init; }

    /// <summary>The checkbox's own name, sent with the form instead of the group's <see cref="Checkboxes.Name"/>.</summary>
    public string? Name { get; init; }

    /// <summary>The value sent with the form when this checkbox is ticked.</summary>
    [PrintedAsText]
    public string? Value { get; init; }

    /// <summary>Classes and attributes for the checkbox's label.</summary>
    public ChoiceLabelOptions? Label { get; init; }

    /// <summary>A hint under this checkbox's label.</summary>
    public HintOptions? Hint { get; init; }

    /// <summary>Makes this item a divider with this text, such as "or", instead of a checkbox.</summary>
    public string? Divider { get; init; }

    /// <summary>Whether the checkbox is ticked. Unset, it is ticked when its value is one of the group's <see cref="Checkboxes.Values"/>.</summary>
    public bool? Checked { get; init; }

    /// <summary>Content revealed while this checkbox is ticked.</summary>
    public ChoiceConditionalOptions? Conditional { get; init; }

    /// <summary>
    /// <c>exclusive</c> makes this a "none of these" checkbox: with JavaScript, ticking it clears
    /// the others and ticking another clears it.
    /// </summary>
    public string? Behaviour { get; init; }

    /// <summary>Whether the checkbox is disabled.</summary>
    public bool Disabled { get; init; }

    /// <summary>Extra HTML attributes for the checkbox's input.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
