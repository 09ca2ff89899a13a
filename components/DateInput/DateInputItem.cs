namespace GovDesign.Components;

/// <summary>One box of a date input (day, month, year or another part): an entry of <c>items</c>, or the <c>day</c>, <c>month</c> or <c>year</c> option.</summary>
public sealed record DateInputItem
{
    /// <summary>The box's id; the date input's id and the box's name, joined by a hyphen, when not given.</summary>
    public string? Id { get; init; }

    /// <summary>The box's name, after the date input's name prefix; <c>day</c>, <c>month</c> or <c>year</c> for those options.</summary>
    public string? Name { get; init; }

    /// <summary>The box's label; "Day", "Month" or "Year" in the current language, or the capitalised name, by default.</summary>
    public string? Label { get; init; }

    /// <summary>The current value of the box.</summary>
    public string? Value { get; init; }

    /// <summary>Whether this box is in error. With an error message and no box marked, every box is in error; false keeps this one out.</summary>
    public bool? Error { get; init; }

    /// <summary>The <c>autocomplete</c> purpose of the box, such as <c>bday-day</c>.</summary>
    public string? Autocomplete { get; init; }

    /// <summary>A regular expression that the box's value must match.</summary>
    public string? Pattern { get; init; }

    /// <summary>Which on-screen keyboard to offer; <c>numeric</c> by default.</summary>
    public string? Inputmode { get; init; }

    /// <summary>Extra CSS classes for the box; a <c>govuk-input--width-*</c> class replaces the default width.</summary>
    public string? Classes { get; init; }

    /// <summary>Extra HTML attributes for the box.</summary>
    public IReadOnlyDictionary<string, object>? Attributes { get; init; }
}
