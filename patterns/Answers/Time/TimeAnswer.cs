namespace GovDesign.Patterns.Answers;

/// <summary>
/// A time of day typed in one box, the way people write it: <c>9:30am</c>, <c>2pm</c>, <c>14:30</c>,
/// <c>midday</c> (also in Welsh and Vietnamese: <c>9:30yb</c>, <c>2:00 CH</c>). Saved as <c>HH:mm</c>
/// on the 24-hour clock; shown back as <c>9:30am</c>, <c>midday</c> and <c>midnight</c>.
/// </summary>
public sealed partial record TimeAnswer : AnswerType
{
    /// <summary>The earliest time accepted, itself included.</summary>
    public TimeOnly? Earliest { get; init; }

    /// <summary>The latest time accepted, itself included.</summary>
    public TimeOnly? Latest { get; init; }
}
