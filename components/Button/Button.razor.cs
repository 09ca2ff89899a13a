namespace GovDesign.Components;

/// <summary>A button that does one thing, such as "Continue"; a link styled as a button when <see cref="Href"/> is set.</summary>
public sealed partial class Button
{
    /// <summary>The button text. Ignored when <see cref="Html"/> or child content is given.</summary>
    [Parameter] public string? Text { get; set; }

    /// <summary>The button content as trusted HTML.</summary>
    [Parameter] public string? Html { get; set; }

    /// <summary>The button type: <c>submit</c> (the default), <c>button</c> or <c>reset</c>. Ignored for links.</summary>
    [Parameter] public string? Type { get; set; }

    /// <summary>The name sent with the form when this button submits it. Ignored for links.</summary>
    [Parameter] public string? Name { get; set; }

    /// <summary>The value sent with the form when this button submits it. Ignored for links.</summary>
    [Parameter] public string? Value { get; set; }

    /// <summary>Whether the button is disabled (sets <c>disabled</c> and <c>aria-disabled</c>). Ignored for links.</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <summary>Makes the button a link to this address, with the role of a button.</summary>
    [Parameter] public string? Href { get; set; }

    /// <summary>Extra CSS classes, such as <c>govuk-button--secondary</c> or <c>govuk-button--warning</c>.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Whether to ignore a second click within a second, so that a form is not submitted twice. Unset leaves the page's default.</summary>
    [Parameter] public bool? PreventDoubleClick { get; set; }

    /// <summary>Whether this is a start button: the call to action on a service's start page, with an arrow.</summary>
    [Parameter] public bool IsStartButton { get; set; }

    /// <summary>The button's id.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>Extra HTML attributes for the button; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <summary>The button content as Razor content.</summary>
    [Parameter] public RenderFragment? ChildContent { get; set; }

    private string ClassNames => Content.Classes("govuk-button", Classes, IsStartButton ? "govuk-button--start" : null);
}
