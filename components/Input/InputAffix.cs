namespace GovDesign.Components;

/// <summary>The <c>prefix</c> or <c>suffix</c> option of an input: a short unit shown before or after the box, such as "£" or "kg".</summary>
public sealed record InputAffix
{
    /// <summary>The prefix or suffix as text.</summary>
    public string? Text { get; init; }

    /// <summary>The prefix or suffix as trusted HTML; wins over <see cref="Text"/>.</summary>
    public string? Html { get; init; }

    /// <summary>Extra CSS classes for the prefix or suffix.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the prefix or suffix.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
