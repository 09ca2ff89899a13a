namespace GovDesign.Components;

/// <summary>Works out each box's name, id, label, value and classes from the items, the day, month and year options and the values.</summary>
public sealed partial class DateInput
{
    private const string ErrorClass = "govuk-input--error";

    private IReadOnlyList<DateInputField> Fields()
    {
        var day = _dayGiven ? Day : new DateInputItem { Name = "day", Value = ValueOf("day"), Classes = "govuk-input--width-2" };
        var month = _monthGiven ? Month : new DateInputItem { Name = "month", Value = ValueOf("month"), Classes = "govuk-input--width-2" };
        var year = _yearGiven ? Year : new DateInputItem { Name = "year", Value = ValueOf("year"), Classes = "govuk-input--width-4" };
        IReadOnlyList<DateInputItem?> items = Items is { Count: > 0 } ? (IReadOnlyList<DateInputItem?>)Items : new DateInputItem?[] { day, month, year };
        var anyItemHasError = items.Any(item => item is not null && HasError(item));

        var fields = new List<DateInputField>();
        for (var index = 0; index < items.Count; index++)
        {
            if (items[index] is { } item)
            {
                var role = RoleOf(item, day, "day") ?? RoleOf(item, month, "month") ?? RoleOf(item, year, "year");
                fields.Add(Field(item, role, anyItemHasError, index));
            }
        }

        return fields;
    }

    /// <summary>
    /// The part an item plays (its default, such as the day option, or an item named like it) and
    /// the name and value it falls back to; null when it is some other part.
    /// </summary>
    private static (string Name, string? Value, int Width)? RoleOf(DateInputItem item, DateInputItem? part, string partName)
    {
        var matches = ReferenceEquals(item, part)
            || (!string.IsNullOrEmpty(item.Name) && (item.Name == partName || item.Name == part?.Name));
        return matches ? (item.Name ?? partName, item.Value ?? part?.Value, partName == "year" ? 4 : 2) : null;
    }

    private DateInputField Field(DateInputItem item, (string Name, string? Value, int Width)? role, bool anyItemHasError, int index)
    {
        var name = role?.Name ?? item.Name;
        if (string.IsNullOrEmpty(name))
        {
            throw new OptionsException(nameof(DateInput), $"items[{index}].name", "is required");
        }

        var classesHaveError = item.Classes?.Contains(ErrorClass, StringComparison.Ordinal) == true;
        var inError = !classesHaveError
            && (HasError(item) || (item.Error != false && ErrorMessage is not null && !anyItemHasError));
        var hasWidth = item.Classes?.Contains("govuk-input--width-", StringComparison.Ordinal) == true;
        var prefix = string.IsNullOrEmpty(NamePrefix) ? "" : NamePrefix + "-";

        return new DateInputField(
            item,
            Id: string.IsNullOrEmpty(item.Id) ? $"{Id}-{name}" : item.Id,
            Name: prefix + name,
            Label: string.IsNullOrEmpty(item.Label) ? DefaultLabel(name) : item.Label,
            Value: (role is null ? item.Value : role.Value.Value) ?? ValueOf(prefix + name),
            Classes: Content.Classes(
                "govuk-date-input__input",
                inError ? ErrorClass : null,
                hasWidth ? null : $"govuk-input--width-{role?.Width ?? 2}",
                item.Classes),
            Inputmode: string.IsNullOrEmpty(item.Inputmode) ? "numeric" : item.Inputmode);
    }

    private static bool HasError(DateInputItem item) =>
        item.Error == true || item.Classes?.Contains(ErrorClass, StringComparison.Ordinal) == true;

    private string? ValueOf(string name) => Values is not null && Values.TryGetValue(name, out var value) ? value : null;

    /// <summary>"Day", "Month" or "Year" in the current language; any other name capitalised, as the macro does.</summary>
    private string DefaultLabel(string name) => name switch
    {
        "day" => T["DateInput.Day"],
        "month" => T["DateInput.Month"],
        "year" => T["DateInput.Year"],
        _ => char.ToUpperInvariant(name[0]) + name[1..].ToLowerInvariant(),
    };

    /// <summary>One box, ready to render.</summary>
    private sealed record DateInputField(DateInputItem Item, string Id, string Name, string Label, string? Value, string Classes, string Inputmode);
}
