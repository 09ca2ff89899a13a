using GovDesign.Forms.Answers;

namespace GovDesign.Forms.Definitions;

/// <summary>One question on a page.</summary>
public sealed class Question
{
    /// <summary>The unique name: the input name, the key of the answer and the export column.</summary>
    public required string Name { get; init; }

    /// <summary>The kind of answer (its <c>type</c>), from the registry <see cref="AnswerKinds"/>.</summary>
    public required AnswerKind Kind { get; init; }

    /// <summary>The question as the citizen reads it.</summary>
    public required LocalText Label { get; init; }

    /// <summary>Help shown under the label.</summary>
    public LocalText? Hint { get; init; }

    /// <summary>How error messages name the answer ("your date of birth"); the label when not given.</summary>
    public LocalText? Subject { get; init; }

    /// <summary>Whether the citizen may leave it unanswered.</summary>
    public bool Optional { get; init; }

    /// <summary>Custom error messages by rule key (<c>required</c>, <c>maxLength</c>, <c>past</c> ...).</summary>
    public IReadOnlyDictionary<string, LocalText> Messages { get; init; } = new Dictionary<string, LocalText>();

    /// <summary>The options of a choice question (resolved from an option list when named); empty otherwise.</summary>
    public IReadOnlyList<Option> Options { get; init; } = [];

    /// <summary>
    /// The settings of its kind (<c>maxLength</c>, <c>accept</c>, <c>mustBeInPast</c> ...), bound to the
    /// kind's record (<see cref="AnswerKind.SettingsType"/>), with the schema's defaults for those not given.
    /// </summary>
    public required AnswerSettings Settings { get; init; }

    /// <summary>The JSON pointer of the question in the definition.</summary>
    public required string Pointer { get; init; }

    /// <summary>The path of the page that asks it.</summary>
    public required string PagePath { get; init; }
}
