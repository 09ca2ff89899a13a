namespace GovDesign.Components;

/// <summary>
/// Radios let people choose exactly one option from a list. The group is usually a fieldset whose
/// legend asks the question.
/// </summary>
public sealed partial class Radios
{
    private ChoiceGroup _group = null!;

    /// <summary>The fieldset around the radios, whose legend asks the question. Leave it out only when the page heading asks it.</summary>
    [Parameter] public FieldsetOptions? Fieldset { get; set; }

    /// <summary>A hint for the whole group, under the legend.</summary>
    [Parameter] public HintOptions? Hint { get; set; }

    /// <summary>The error message for the group; its presence marks the group as in error.</summary>
    [Parameter] public ErrorMessageOptions? ErrorMessage { get; set; }

    /// <summary>The form group around the radios, and content before or after the inputs.</summary>
    [Parameter] public FormGroupOptions? FormGroup { get; set; }

    /// <summary>The prefix of the ids of the radios, hint and error message. Defaults to <see cref="Name"/>.</summary>
    [Parameter] public string? IdPrefix { get; set; }

    /// <summary>The name shared by every radio of the group, sent with the form. Required.</summary>
    [Parameter] public string? Name { get; set; }

    /// <summary>
    /// The radios and dividers, in order. A null entry renders nothing but still counts when the
    /// radios are numbered for their ids, as in govuk-frontend.
    /// </summary>
    [Parameter] public IReadOnlyList<RadiosItem?>? Items { get; set; }

    /// <summary>The chosen value: the radio with this value is checked, unless its own <c>Checked</c> says otherwise.</summary>
    [Parameter] public string? Value { get; set; }

    /// <summary>Extra CSS classes for the radios, such as <c>govuk-radios--inline</c> or <c>govuk-radios--small</c>.</summary>
    [Parameter] public string? Classes { get; set; }

    /// <summary>Extra HTML attributes for the element around the radios; unmatched Razor attributes land here too.</summary>
    [Parameter(CaptureUnmatchedValues = true)] public IReadOnlyDictionary<string, object>? Attributes { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (string.IsNullOrEmpty(Name))
        {
            throw new OptionsException(nameof(Radios), "name", "is required: the radios of a group share it, so that only one can be chosen");
        }

        var idPrefix = string.IsNullOrEmpty(IdPrefix) ? Name : IdPrefix;
        _group = ChoiceGroup.For(idPrefix, Fieldset?.DescribedBy, Hint is not null, ErrorMessage is not null);
    }

    private bool IsChecked(RadiosItem item) =>
        ChoiceGroup.IsChecked(item.Checked, !string.IsNullOrEmpty(Value) && item.Value == Value);
}
