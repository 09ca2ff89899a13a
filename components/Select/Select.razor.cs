namespace GovDesign.Components;

/// <summary>
/// A drop-down list of options. Use it only as a last resort: radios are easier to use when
/// there are few options.
/// </summary>
public sealed partial class Select
{
    /// <summary>The select's id. Defaults to <see cref="Name"/>.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>The name sent with the form. Required.</summary>
    [Parameter] public string? Name { get; set; }

    /// <summary>The options, in order.</summary>
    [Parameter] public IReadOnlyList<SelectItem>? Items { get; set; }

    /// <summary>
    /// The chosen value: the option with this value (or, without a value, this text) is selected,
    /// unless its own <c>Selected</c> says otherwise.
    /// </summary>
    [Parameter] public string? Value { get; set; }

    /// <summary>Whether the select is disabled.</summary>
    [Parameter] public bool Disabled { get; set; }

    /// <summary>Ids of other elements that describe the select; the hint and error message ids are added.</summary>
    [Parameter] public string? DescribedBy { get; set; }

    /// <summary>The label that asks the question.</summary>
    [Parameter] public LabelOptions? Label { get; set; }

    /// <summary>A hint under the label.</summary>
    [Parameter] public HintOptions? Hint { get; set; }

    /// <summary>The error message; its presence marks the select as in error.</summary>
    [Parameter] public ErrorMessageOptions? ErrorMessage { get; set; }

    /// <summary>The form group around the select, and content before or after it.</summary>
    [Parameter] public FormGroupOptions? FormGroup { get; set; }

    /// <summary>Extra CSS classes for the select, such as <c>govuk-!-width-full</c>.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the select; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    private string FieldId => string.IsNullOrEmpty(Id) ? Name! : Id;

    private string? HintId => Hint is null ? null : FieldId + "-hint";

    private string? ErrorId => ErrorMessage is null ? null : FieldId + "-error";

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (string.IsNullOrEmpty(Name))
        {
            throw new OptionsException(nameof(Select), "name", "is required: it is sent with the form, and is the select's id when no id is given");
        }
    }

    /// <summary>
    /// Written on the option by the component itself: a <c>value</c> on the <c>select</c> would make
    /// Blazor's static renderer choose the option instead, by its own rules.
    /// </summary>
    private bool IsSelected(SelectItem item) =>
        item.Selected ?? (!string.IsNullOrEmpty(Value) && (item.Value ?? item.Text) == Value);
}
