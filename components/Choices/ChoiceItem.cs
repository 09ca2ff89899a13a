namespace GovDesign.Components;

/// <summary>
/// The options that an item of radios and an item of checkboxes share: its label, hint, value and
/// state, the content it reveals, or the text that makes it a divider instead.
/// </summary>
public abstract record ChoiceItem
{
    /// <summary>Only the library's own items inherit these options.</summary>
    private protected ChoiceItem()
    {
    }

    /// <summary>The item's label as text. Ignored when <see cref="Html"/> is set.</summary>
    public string? Text { get; init; }

    /// <summary>The item's label as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The id of the item's input; by default the group's id prefix, numbered from the second item on.</summary>
    public string? Id { get; init; }

    /// <summary>The value sent with the form when this item is chosen.</summary>
    [PrintedAsText]
    public string? Value { get; init; }

    /// <summary>Classes and attributes for the item's label.</summary>
    public ChoiceLabelOptions? Label { get; init; }

    /// <summary>A hint under this item's label.</summary>
    public HintOptions? Hint { get; init; }

    /// <summary>Makes this item a divider with this text, such as "or", instead of a radio or checkbox.</summary>
    public string? Divider { get; init; }

    /// <summary>
    /// Whether the item is chosen. Unset, it is chosen when its value is the group's
    /// <see cref="Radios.Value"/>, or one of the group's <see cref="Checkboxes.Values"/>.
    /// </summary>
    public bool? Checked { get; init; }

    /// <summary>Content revealed while this item is chosen.</summary>
    public ChoiceConditionalOptions? Conditional { get; init; }

    /// <summary>Whether the item's input is disabled.</summary>
    public bool Disabled { get; init; }

    /// <summary>Extra HTML attributes for the item's input.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
