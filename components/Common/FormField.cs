namespace GovDesign.Components;

/// <summary>
/// The options that every form field shares: a hint, an error message and the form group around
/// it, and the classes and attributes of its own element. Inputs, textareas, selects, file
/// uploads, date inputs, radios and checkboxes inherit them, as their macros share these options.
/// </summary>
public abstract class FormField : LocalizedComponent<ComponentText>
{
    /// <summary>Only the library's own fields inherit these options.</summary>
    private protected FormField()
    {
    }

    /// <summary>A hint for the question, shown under its label or legend.</summary>
    [Parameter] public HintOptions? Hint { get; set; }

    /// <summary>
    /// The error message, shown above the field's inputs. When given, the form group is shown in
    /// error, and so is the input, textarea or select (of a date input, the boxes that
    /// <see cref="DateInputItem.Error"/> picks).
    /// </summary>
    [Parameter] public ErrorMessageOptions? ErrorMessage { get; set; }

    /// <summary>
    /// The form group around the field, and content placed just before or after its inputs:
    /// <c>BeforeInput</c> and <c>AfterInput</c> around a single control, <c>BeforeInputs</c> and
    /// <c>AfterInputs</c> around the inputs of a date input, radios or checkboxes.
    /// </summary>
    [Parameter] public FormGroupOptions? FormGroup { get; set; }

    /// <summary>
    /// Extra CSS classes for the field's own element: the input, textarea or select, or the element
    /// around the inputs of a date input, radios or checkboxes (such as <c>govuk-input--width-10</c>
    /// or <c>govuk-radios--inline</c>).
    /// </summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>
    /// Extra HTML attributes for the element that <see cref="Classes"/> styles (such as <c>accept</c>
    /// on a file upload); unmatched Razor attributes land here too.
    /// </summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }
}
