namespace GovDesign.Forms.Answers;

/// <summary>What conditions can do with an answer; it decides the operators that fit.</summary>
public enum AnswerShape
{
    /// <summary>Only whether it is answered (names, addresses, files, day-and-month dates).</summary>
    Nothing,

    /// <summary>Text, compared without regard to case or surrounding spaces.</summary>
    Text,

    /// <summary>"yes" or "no", compared exactly.</summary>
    YesNo,

    /// <summary>One option's value, compared exactly; a value in a condition must be an option.</summary>
    Option,

    /// <summary>A number: compared and ordered.</summary>
    Number,

    /// <summary>A date: compared and ordered, also before and after.</summary>
    Date,

    /// <summary>A list of option values: whether it contains one.</summary>
    Options,
}

/// <summary>How conditions compare a kind's answers.</summary>
/// <param name="Shape">What the answer is.</param>
public sealed record Comparison(AnswerShape Shape)
{
    /// <summary>Whether its length can be compared (characters of text, or options selected).</summary>
    public bool ByLength { get; init; }

    /// <summary>For dates: whether only the month and year are compared.</summary>
    public bool Monthly { get; init; }

    /// <summary>What messages add after the kind's name, like <c>dayMonth</c> for a date question ("a date (dayMonth) question").</summary>
    public string? Variant { get; init; }
}
