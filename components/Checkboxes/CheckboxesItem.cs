namespace GovDesign.Components;

/// <summary>One checkbox of a <see cref="Checkboxes"/> group, or a divider between checkboxes.</summary>
public sealed record CheckboxesItem : ChoiceItem
{
    /// <summary>The checkbox's own name, sent with the form instead of the group's <see cref="Checkboxes.Name"/>.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// <c>exclusive</c> makes this a "none of these" checkbox: with JavaScript, ticking it clears
    /// the others and ticking another clears it.
    /// </summary>
    public string? Behaviour { get; init; }
}
