namespace GovDesign.Components;

/// <summary>
/// Asks for a date as separate day, month and year boxes, grouped under one question. The parts
/// can be changed with <see cref="Items"/>, for example to ask for a month and year only.
/// </summary>
public sealed partial class DateInput
{
    /// <summary>The date input's id; the boxes' ids and the hint and error message ids derive from it.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>A prefix for every box's name, joined with a hyphen: <c>dob</c> gives <c>dob-day</c>.</summary>
    [Parameter] public string? NamePrefix { get; set; }

    /// <summary>The boxes, in order; day, month and year (see <see cref="Day"/>) when none are given.</summary>
    [Parameter] public IReadOnlyList<DateInputItem>? Items { get; set; }

    /// <summary>The fieldset whose legend asks the question; without it the boxes are not grouped.</summary>
    [Parameter] public FieldsetOptions? Fieldset { get; set; }

    /// <summary>
    /// The day box, when <see cref="Items"/> is not given. Unset gives a default day box; set to
    /// null explicitly (or <c>false</c> in options) to leave the day out.
    /// </summary>
    [Parameter] public DateInputItem? Day { get; set; }

    /// <summary>The month box, when <see cref="Items"/> is not given; explicitly null leaves it out.</summary>
    [Parameter] public DateInputItem? Month { get; set; }

    /// <summary>The year box, when <see cref="Items"/> is not given; explicitly null leaves it out.</summary>
    [Parameter] public DateInputItem? Year { get; set; }

    /// <summary>The boxes' values by name: <c>day</c>, <c>month</c>, <c>year</c>, or the full name with its prefix.</summary>
    [Parameter] public IReadOnlyDictionary<string, string>? Values { get; set; }

    private bool _dayGiven;
    private bool _monthGiven;
    private bool _yearGiven;
    private IReadOnlyList<DateInputField> _fields = [];

    private string HintId => $"{Id}-hint";

    private string ErrorId => $"{Id}-error";

    private string? DescribedByIds => Content.Ids(Fieldset?.DescribedBy, Hint is null ? null : HintId, ErrorMessage is null ? null : ErrorId);

    /// <inheritdoc />
    public override Task SetParametersAsync(ParameterView parameters)
    {
        // Given as null is not the same as not given: null leaves that box out, as the macro does.
        _dayGiven = parameters.TryGetValue<DateInputItem?>(nameof(Day), out _);
        _monthGiven = parameters.TryGetValue<DateInputItem?>(nameof(Month), out _);
        _yearGiven = parameters.TryGetValue<DateInputItem?>(nameof(Year), out _);
        return base.SetParametersAsync(parameters);
    }

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (string.IsNullOrEmpty(Id))
        {
            throw new OptionsException(nameof(DateInput), "id", "is required");
        }

        _fields = Fields();
    }
}
