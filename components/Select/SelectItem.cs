namespace GovDesign.Components;

/// <summary>One option of a <see cref="Select"/>.</summary>
public sealed record SelectItem
{
    /// <summary>The value sent with the form. Without one, the browser sends the option's text.</summary>
    [PrintedAsText]
    public string? Value { get; init; }

    /// <summary>The option's text, always encoded: options cannot hold HTML.</summary>
    public string? Text { get; init; }

    /// <summary>Whether the option is selected. Unset, it is selected when its value (or text) is the select's <see cref="Select.Value"/>.</summary>
    public bool? Selected { get; init; }

    /// <summary>Whether the option is disabled.</summary>
    public bool Disabled { get; init; }

    /// <summary>Extra HTML attributes for the option.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
