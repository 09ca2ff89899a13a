namespace GovDesign.Patterns.Answers;

/// <summary>
/// A number, such as a count or a measurement. Thousands separators and spaces are accepted in
/// what is typed; the answer is saved as a JSON number.
/// </summary>
public sealed partial record NumberAnswer : AnswerType
{
    /// <summary>How many decimal places are allowed; 0 (whole numbers) by default.</summary>
    public int DecimalPlaces { get; init; }

    /// <summary>The smallest number allowed.</summary>
    public decimal? Minimum { get; init; }

    /// <summary>The largest number allowed.</summary>
    public decimal? Maximum { get; init; }

    /// <summary>A unit shown before the box.</summary>
    public string? Prefix { get; init; }

    /// <summary>A unit shown after the box, such as "kg" or "hours".</summary>
    public string? Suffix { get; init; }

    /// <summary>A width class for the input; <c>govuk-input--width-10</c> by default.</summary>
    public string? Width { get; init; }
}
