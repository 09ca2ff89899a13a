namespace GovDesign.Patterns.Answers;

/// <summary>An answer of several lines, in a textarea, or in a character count when a limit is set.</summary>
public sealed partial record LongTextAnswer : AnswerType
{
    /// <summary>The fewest characters allowed, after trimming.</summary>
    public int? MinLength { get; init; }

    /// <summary>The most characters allowed; shows a character count.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The most words allowed; shows a word count.</summary>
    public int? MaxWords { get; init; }

    /// <summary>How many lines the box shows; 5 by default.</summary>
    public int? Rows { get; init; }

    /// <summary>Whether the browser checks spelling; unset leaves it to the browser.</summary>
    public bool? Spellcheck { get; init; }

    /// <summary>The <c>autocomplete</c> purpose of the textarea.</summary>
    public string? Autocomplete { get; init; }
}
