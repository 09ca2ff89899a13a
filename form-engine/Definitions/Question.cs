using System.Text.Json.Nodes;
using GovDesign.Forms.Answers;

namespace GovDesign.Forms.Definitions;

/// <summary>One question on a page.</summary>
public sealed class Question
{
    private readonly IReadOnlyList<Option> _options = [];

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
    public IReadOnlyList<Option> Options
    {
        get => _options;
        init
        {
            _options = value;
            Reveals = value.Any(o => o.Conditional.Count > 0);
        }
    }

    /// <summary>
    /// The settings of its kind (<c>maxLength</c>, <c>accept</c>, <c>mustBeInPast</c> ...), bound to the
    /// kind's record (<see cref="AnswerKind.SettingsType"/>), with the schema's defaults for those not given.
    /// </summary>
    public required AnswerSettings Settings { get; init; }

    /// <summary>The JSON pointer of the question in the definition.</summary>
    public required string Pointer { get; init; }

    /// <summary>The path of the page that asks it.</summary>
    public required string PagePath { get; init; }

    /// <summary>
    /// Whether the link that opens the form may prefill the answer (<c>?name=value</c> on the start page's
    /// address): shown in the box for the citizen to keep or change. Only kinds that allow it (<see cref="AnswerKind.CanPrefill"/>).
    /// </summary>
    public bool Prefill { get; init; }

    /// <summary>Whether check answers shows the answer without a Change link.</summary>
    public bool Locked { get; init; }

    /// <summary>For a question revealed under an option of another question: that question and option; null for the rest.</summary>
    public RevealedUnder? RevealedUnder { get; init; }

    /// <summary>Whether any of its options reveals questions.</summary>
    public bool Reveals { get; private init; }

    /// <summary>The questions revealed under the options that <paramref name="answer"/> chooses (one value, or a list of values), in option order.</summary>
    /// <param name="answer">The question's answer, or null when it has none.</param>
    /// <returns>The revealed questions that are asked; none when the answer chooses no option that reveals any.</returns>
    public IEnumerable<Question> RevealedFor(JsonNode? answer)
    {
        if (answer is null || !Reveals)
        {
            return [];
        }

        return Options.Where(o => o.Conditional.Count > 0 && Chooses(answer, o.Value)).SelectMany(o => o.Conditional);
    }

    /// <summary>The question, then every question revealed under its options, whether chosen or not.</summary>
    /// <returns>The questions.</returns>
    public IEnumerable<Question> WithRevealed() => Reveals ? [this, .. Options.SelectMany(o => o.Conditional)] : [this];

    private static bool Chooses(JsonNode answer, string value) => answer switch
    {
        JsonArray values => values.Any(v => v is JsonValue one && one.TryGetValue<string>(out var chosen) && chosen == value),
        JsonValue one => one.TryGetValue<string>(out var chosen) && chosen == value,
        _ => false,
    };
}

/// <summary>Where a revealed question sits: under which option of which question.</summary>
/// <param name="Question">The name of the choice question.</param>
/// <param name="Option">The value of the option it is revealed under.</param>
public sealed record RevealedUnder(string Question, string Option);
