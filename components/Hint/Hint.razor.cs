namespace GovDesign.Components;

/// <summary>Hint text that helps people answer a question, shown under its label or legend.</summary>
public sealed partial class Hint
{
    /// <summary>The hint as text. Ignored when <see cref="Html"/> or child content is given.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The hint as trusted HTML.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>The hint's id, so that a field can point to it with <c>aria-describedby</c>.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>Extra CSS classes for the hint.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the hint; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The hint as Razor content, instead of <see cref="Text"/> or <see cref="Html"/>.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }
}
