namespace GovDesign.Components;

/// <summary>
/// The <c>label</c> option of a radio or checkbox item. The label's content is the item's own
/// <c>text</c> or <c>html</c>; this only styles it.
/// </summary>
public sealed record ChoiceLabelOptions
{
    /// <summary>Extra CSS classes for the item's label.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the item's label.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
