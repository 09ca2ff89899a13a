namespace GovDesign.Components;

/// <summary>The <c>countMessage</c> option of a character count: the message under the box that says how much is left.</summary>
public sealed record CountMessageOptions
{
    /// <summary>Extra CSS classes for the count message.</summary>
    public string? Classes { get; init; }
}
