using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>The settings of a <c>date</c> question.</summary>
public sealed record DateSettings : AnswerSettings
{
    /// <summary>Which parts are asked for: the full date (the default), the month and year, or the day and month.</summary>
    public DatePrecision Precision { get; init; } = new DateAnswer().Precision;

    /// <summary>Whether the date must be before today.</summary>
    public bool MustBeInPast { get; init; }

    /// <summary>Whether the date must be after today.</summary>
    public bool MustBeInFuture { get; init; }

    /// <summary>
    /// The earliest date accepted, itself included: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> (its first day),
    /// <c>today</c> or relative to today, like <c>-120y</c>. Message key <c>earliest</c>.
    /// </summary>
    public string? Earliest { get; init; }

    /// <summary>
    /// The latest date accepted, itself included: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c> (its last day),
    /// <c>today</c> or relative to today, like <c>-16y</c>. Message key <c>latest</c>.
    /// </summary>
    public string? Latest { get; init; }

    /// <summary>The <c>autocomplete</c> section of the boxes: <c>bday</c> for a date of birth.</summary>
    public string? Autocomplete { get; init; }
}
