namespace GovDesign.Components;

/// <summary>A short status label, such as "Completed" or "Alpha".</summary>
public sealed partial class Tag
{
    /// <summary>The tag as text. Ignored when <see cref="Html"/> or child content is given.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The tag as trusted HTML.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>Extra CSS classes, such as a colour: <c>govuk-tag--grey</c>, <c>govuk-tag--green</c>, <c>govuk-tag--red</c> ...</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the tag; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The tag as Razor content, instead of <see cref="Text"/> or <see cref="Html"/>.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }
}
