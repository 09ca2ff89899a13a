namespace GovDesign.Components;

/// <summary>
/// A drop-down list of options. Use it only as a last resort: radios are easier to use when
/// there are few options.
/// </summary>
public sealed partial class Select
{
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

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (string.IsNullOrEmpty(Name))
        {
            throw new OptionsException(nameof(Select), "name", "is required: it is sent with the form, and is the select's id when no id is given");
        }

        base.OnParametersSet();
    }

    /// <summary>
    /// Written on the option by the component itself: a <c>value</c> on the <c>select</c> would make
    /// Blazor's static renderer choose the option instead, by its own rules.
    /// </summary>
    private bool IsSelected(SelectItem item) =>
        item.Selected ?? (!string.IsNullOrEmpty(Value) && (item.Value ?? item.Text) == Value);
}
