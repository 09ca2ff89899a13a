namespace GovDesign.Components;

/// <summary>
/// Checkboxes let people choose any number of options from a list, or say that none apply. The
/// group is usually a fieldset whose legend asks the question.
/// </summary>
public sealed partial class Checkboxes
{
    private ChoiceGroup _group = null!;

    /// <summary>Ids of other elements that describe the group; the hint and error message ids are added.</summary>
    [Parameter] public string? DescribedBy { get; set; }

    /// <summary>The fieldset around the checkboxes, whose legend asks the question. Leave it out for a single checkbox.</summary>
    [Parameter] public FieldsetOptions? Fieldset { get; set; }

    /// <summary>The prefix of the ids of the checkboxes, hint and error message. Defaults to <see cref="Name"/>.</summary>
    [Parameter] public string? IdPrefix { get; set; }

    /// <summary>The name of every checkbox that has none of its own, sent with the form. Required unless every item has a name.</summary>
    [Parameter] public string? Name { get; set; }

    /// <summary>
    /// The checkboxes and dividers, in order. A null entry renders nothing but still counts when
    /// the checkboxes are numbered for their ids, as in govuk-frontend.
    /// </summary>
    [Parameter] public IReadOnlyList<CheckboxesItem?>? Items { get; set; }

    /// <summary>The ticked values: a checkbox whose value is listed is ticked, unless its own <c>Checked</c> says otherwise.</summary>
    [Parameter] public IReadOnlyList<string>? Values { get; set; }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        foreach (var (item, position) in ChoiceGroup.Numbered(Items))
        {
            if (string.IsNullOrEmpty(item.Divider) && string.IsNullOrEmpty(item.Name) && string.IsNullOrEmpty(Name))
            {
                throw new OptionsException(nameof(Checkboxes), "name", $"is required unless every item has its own name, and items[{position - 1}] has none");
            }
        }

        var idPrefix = !string.IsNullOrEmpty(IdPrefix) ? IdPrefix : Name;
        if (string.IsNullOrEmpty(idPrefix) && NeedsIdPrefix())
        {
            throw new OptionsException(nameof(Checkboxes), "idPrefix", "is required when the group has no name: the ids of the checkboxes, hint and error message start with it");
        }

        var describedBy = !string.IsNullOrEmpty(Fieldset?.DescribedBy) ? Fieldset.DescribedBy : DescribedBy;
        _group = ChoiceGroup.For(idPrefix ?? "", describedBy, Hint is not null, ErrorMessage is not null);
    }

    private bool NeedsIdPrefix() => Hint is not null || ErrorMessage is not null
        || ChoiceGroup.Numbered(Items).Any(entry => string.IsNullOrEmpty(entry.Item.Divider) && string.IsNullOrEmpty(entry.Item.Id));

    private bool IsChecked(CheckboxesItem item) =>
        ChoiceGroup.IsChecked(item.Checked, Values is not null && item.Value is not null && Values.Contains(item.Value));

    /// <summary>Without a fieldset to describe the group, each checkbox is described by the group's ids too.</summary>
    private string? ItemDescribedBy(string? hintId) => Content.Ids(Fieldset is null ? _group.DescribedBy : null, hintId);
}
