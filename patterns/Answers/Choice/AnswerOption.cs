namespace GovDesign.Patterns.Answers;

/// <summary>One option of a single or multiple choice question.</summary>
/// <param name="Value">The value sent with the form and saved.</param>
/// <param name="Text">The option as the citizen reads it.</param>
public sealed record AnswerOption(string Value, string Text)
{
    /// <summary>A hint under the option.</summary>
    public string? Hint { get; init; }
}
