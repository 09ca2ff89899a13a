namespace GovDesign.Components;

/// <summary>
/// The <c>conditional</c> option of a radio or checkbox item: content revealed while the item is
/// chosen, such as a follow-up question. Without JavaScript it is always shown.
/// </summary>
public sealed record ChoiceConditionalOptions
{
    /// <summary>The revealed content as trusted HTML. Empty means there is nothing to reveal.</summary>
    public string? Html { get; init; }
}
