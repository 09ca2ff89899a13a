namespace GovDesign.Components;

/// <summary>One row of a summary list: a key, its value and the actions on it.</summary>
public sealed record SummaryListRow
{
    /// <summary>The key, such as the question asked. Required.</summary>
    public SummaryListCell? Key { get; init; }

    /// <summary>The value, such as the answer given. Required.</summary>
    public SummaryListCell? Value { get; init; }

    /// <summary>Links to act on the row, such as "Change".</summary>
    public SummaryListActions? Actions { get; init; }

    /// <summary>Extra CSS classes for the row, such as <c>govuk-summary-list__row--no-border</c>.</summary>
    public string? Classes { get; init; }
}

/// <summary>The key or the value of a summary list row.</summary>
public sealed record SummaryListCell
{
    /// <summary>The content as text. Ignored when <see cref="Html"/> is set.</summary>
    public string? Text { get; init; }

    /// <summary>The content as trusted HTML.</summary>
    public string? Html { get; init; }

    /// <summary>Extra CSS classes, such as a width override.</summary>
    public string? Classes { get; init; }
}
