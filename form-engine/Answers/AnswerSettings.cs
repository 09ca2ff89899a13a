namespace GovDesign.Forms.Answers;

/// <summary>
/// The settings of a question, bound from the question's JSON by System.Text.Json: each kind has
/// its own record, whose properties are named and defaulted as the form schema names and defaults them.
/// </summary>
public abstract record AnswerSettings;

/// <summary>The settings of a kind that has none beyond what every question has.</summary>
public sealed record NoSettings : AnswerSettings;
