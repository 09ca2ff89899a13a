namespace GovDesign.Components;

/// <summary>The message next to a field that says what is wrong with the answer and how to fix it.</summary>
public sealed partial class ErrorMessage
{
    /// <summary>The message as text. Ignored when <see cref="Html"/> or child content is given.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The message as trusted HTML.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>The message's id, so that its field can point to it with <c>aria-describedby</c>.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>Extra CSS classes for the message.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>
    /// The prefix read out before the message, hidden on screen; "Error" in the current language by
    /// default. Empty text removes it.
    /// </summary>
    [Parameter] public string? VisuallyHiddenText { get; set; }

    /// <summary>Extra HTML attributes for the message; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The message as Razor content, instead of <see cref="Text"/> or <see cref="Html"/>.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }
}
