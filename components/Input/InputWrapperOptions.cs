namespace GovDesign.Components;

/// <summary>The <c>inputWrapper</c> option: the element that holds an input with its prefix, suffix or extra content.</summary>
public sealed record InputWrapperOptions
{
    /// <summary>Extra CSS classes for the wrapper.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the wrapper.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
