namespace GovDesign.Components;

/// <summary>The label of a form field. Renders nothing when it has no content.</summary>
public sealed partial class Label
{
    /// <summary>The label as text. Ignored when <see cref="Html"/> or child content is given.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The label as trusted HTML.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>The id of the field the label is for.</summary>
    [Parameter] public string? For { get; set; }

    /// <summary>Whether the label is also the page's heading: it is then wrapped in an <c>h1</c>.</summary>
    [Parameter] public bool IsPageHeading { get; set; }

    /// <summary>Extra CSS classes for the label, such as <c>govuk-label--l</c>.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the label; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The label as Razor content, instead of <see cref="Text"/> or <see cref="Html"/>.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }
}
