using GovDesign.Forms.Definitions;
using GovDesign.Patterns.Answers;

namespace GovDesign.Forms.Answers;

/// <summary>A question as the runner asks it: in one language, with the runner's clock.</summary>
/// <param name="Question">The question of the loaded form.</param>
/// <param name="Language">The language the citizen reads, like <c>cy</c>.</param>
/// <param name="Time">The runner's clock.</param>
public sealed record AnswerContext(Question Question, string Language, TimeProvider Time)
{
    /// <summary>The question's options in the language (empty for a kind without options).</summary>
    public IReadOnlyList<AnswerOption> Options => [.. Question.Options.Select(o => new AnswerOption(o.Value, o.Text.In(Language)) { Hint = o.Hint?.In(Language) })];

    /// <summary>Text of the definition in the language, or null when not given.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text in the language.</returns>
    public string? In(LocalText? text) => text?.In(Language);

    /// <summary>The definition's own message for a key, in the language, or null.</summary>
    /// <param name="key">A message key, like <c>pattern</c>.</param>
    /// <returns>The message.</returns>
    public string? Message(string key) => Question.Messages.GetValueOrDefault(key)?.In(Language);
}
