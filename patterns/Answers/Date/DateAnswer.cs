using System.Text.Json.Serialization;

namespace GovDesign.Patterns.Answers;

/// <summary>Which parts of a date are asked for.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    /// <summary>Day, month and year; saved as <c>YYYY-MM-DD</c>.</summary>
    [JsonStringEnumMemberName("full")] Full,

    /// <summary>Month and year; saved as <c>YYYY-MM</c>.</summary>
    [JsonStringEnumMemberName("monthYear")] MonthYear,

    /// <summary>Day and month, such as a yearly renewal date; saved as <c>--MM-DD</c>.</summary>
    [JsonStringEnumMemberName("dayMonth")] DayMonth,
}

/// <summary>
/// A date typed as day, month and year boxes. Months may be numbers (with or without a leading
/// zero) or names and abbreviations in English, Welsh or Vietnamese ("Feb", "Chwefror", "tháng 2").
/// </summary>
public sealed partial record DateAnswer : AnswerType
{
    /// <summary>Which parts are asked for; the full date by default.</summary>
    public DatePrecision Precision { get; init; } = DatePrecision.Full;

    /// <summary>Whether the date must be before today.</summary>
    public bool MustBeInPast { get; init; }

    /// <summary>Whether the date must be after today.</summary>
    public bool MustBeInFuture { get; init; }

    /// <summary>The date must be before this date.</summary>
    public DateOnly? Before { get; init; }

    /// <summary>The date must be after this date.</summary>
    public DateOnly? After { get; init; }

    /// <summary>
    /// The earliest date accepted, inclusive; message key <c>earliest</c>. With month-and-year
    /// precision a month is accepted when any of its days is on or after this date.
    /// </summary>
    public DateOnly? Earliest { get; init; }

    /// <summary>
    /// The latest date accepted, inclusive; message key <c>latest</c>. With month-and-year
    /// precision a month is accepted when any of its days is on or before this date.
    /// </summary>
    public DateOnly? Latest { get; init; }

    /// <summary>The date must be at least this many years ago (for example 18, for an age check).</summary>
    public int? AtLeastYearsAgo { get; init; }

    /// <summary>The date must be at most this many years ago.</summary>
    public int? AtMostYearsAgo { get; init; }

    /// <summary>
    /// The <c>autocomplete</c> section of the boxes: <c>bday</c> gives <c>bday-day</c>,
    /// <c>bday-month</c> and <c>bday-year</c>, for a date of birth.
    /// </summary>
    public string? Autocomplete { get; init; }

    /// <summary>The clock that says what today is; the system clock by default. Tests set it.</summary>
    [JsonIgnore]
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
