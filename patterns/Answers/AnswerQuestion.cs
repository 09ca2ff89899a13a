namespace GovDesign.Patterns.Answers;

/// <summary>The question as the page asks it.</summary>
/// <param name="Name">The input name and id prefix, such as <c>date-of-birth</c>.</param>
/// <param name="Label">The question, shown as the label or legend.</param>
/// <param name="Subject">
/// What the answer is called in error messages: "your date of birth" gives "Enter your date of
/// birth" and "Your date of birth must be a real date".
/// </param>
public sealed record AnswerQuestion(string Name, string Label, string Subject)
{
    /// <summary>A hint under the question.</summary>
    public string? Hint { get; init; }

    /// <summary>The section name shown above the heading, inside it.</summary>
    public string? Caption { get; init; }

    /// <summary>Whether the label or legend is the page heading; true by default (one question per page).</summary>
    public bool IsPageHeading { get; init; } = true;

    /// <summary>Whether an answer is needed; true by default.</summary>
    public bool Required { get; init; } = true;

    /// <summary>
    /// Custom messages by rule key (<c>required</c>, <c>realDate</c>, <c>past</c> ...), already in
    /// the citizen's language; they replace the default message for that rule.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Messages { get; init; }
}
