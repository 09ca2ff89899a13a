namespace GovDesign.Components;

/// <summary>One radio of a <see cref="Radios"/> group, or a divider between radios.</summary>
public sealed record RadiosItem
{
    /// <summary>The radio's label as text. Ignored when <see cref="Html"/> is set.</summary>
    public string? Text { get; init; }

    /// <summary>The radio's label as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>The radio's id; by default the group's id prefix, numbered from the second item on.</summary>
    public string? Id { get; init; }

    /// <summary>The value sent with the form when this radio is chosen.</summary>
    [PrintedAsText]
    public string? Value { get; init; }

    /// <summary>Classes and attributes for the radio's label.</summary>
    public ChoiceLabelOptions? Label { get; init; }

    /// <summary>A hint under this radio's label.</summary>
    public HintOptions? Hint { get; init; }

    /// <summary>Makes this item a divider with this text, such as "or", instead of a radio.</summary>
    public string? Divider { get; init; }

    /// <summary>Whether the radio is chosen. Unset, it is chosen when its value is the group's <see cref="Radios.Value"/>.</summary>
    public bool? Checked { get; init; }

    /// <summary>Content revealed while this radio is chosen.</summary>
    public ChoiceConditionalOptions? Conditional { get; init; }

    /// <summary>Whether the radio is disabled.</summary>
    public bool Disabled { get; init; }

    /// <summary>Extra HTML attributes for the radio's input.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
