namespace GovDesign.Components;

/// <summary>The <c>button</c> option of a password input: the button that shows or hides the password.</summary>
public sealed record PasswordInputButton
{
    /// <summary>Extra CSS classes for the button.</summary>
    public string? Classes { get; init; }
}
