namespace GovDesign.Components;

/// <summary>The <c>formGroup</c> option: the wrapper around a field's label, hint, error message and control.</summary>
public sealed record FormGroupOptions
{
    /// <summary>Extra CSS classes for the form group.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the form group.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }

    /// <summary>Content placed before the control, inside the form group (where the component supports it).</summary>
    public TextOrHtml? BeforeInput { get; init; }

    /// <summary>Content placed after the control, inside the form group (where the component supports it).</summary>
    public TextOrHtml? AfterInput { get; init; }

    /// <summary>Content placed before the inputs of a date input, radios or checkboxes, inside their form group.</summary>
    public TextOrHtml? BeforeInputs { get; init; }

    /// <summary>Content placed after the inputs of a date input, radios or checkboxes, inside their form group.</summary>
    public TextOrHtml? AfterInputs { get; init; }
}
