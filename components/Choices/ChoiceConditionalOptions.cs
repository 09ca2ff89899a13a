using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components;

namespace GovDesign.Components;

/// <summary>
/// The <c>conditional</c> option of a radio or checkbox item: content revealed while the item is
/// chosen, such as a follow-up question. Without JavaScript it is always shown.
/// </summary>
public sealed record ChoiceConditionalOptions
{
    /// <summary>The revealed content as trusted HTML. Empty means there is nothing to reveal.</summary>
    public string? Html { get; init; }

    /// <summary>
    /// The revealed content as a render fragment, such as the inputs of a follow-up question, instead of
    /// <see cref="Html"/>: a Razor-friendly extra, not one of the macro's options, so JSON never sets it.
    /// </summary>
    [JsonIgnore]
    public RenderFragment? Content { get; init; }
}
