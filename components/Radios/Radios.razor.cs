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
