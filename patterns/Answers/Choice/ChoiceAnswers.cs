namespace GovDesign.Patterns.Answers;

/// <summary>Yes or no, as two radios; saved as <c>"yes"</c> or <c>"no"</c>.</summary>
public sealed partial record YesNoAnswer : AnswerType
{
    /// <summary>Whether the two radios sit side by side; true by default.</summary>
    public bool Inline { get; init; } = true;
}

/// <summary>
/// One option from a list: radios, or a select when there are more options than
/// <see cref="SelectThreshold"/>. Saved as the option's value.
/// </summary>
public sealed partial record SingleChoiceAnswer : AnswerType
{
    /// <summary>The options, in order.</summary>
    public IReadOnlyList<AnswerOption> Options { get; init; } = [];

    /// <summary>Above this many options a select is shown instead of radios; 10 by default.</summary>
    public int SelectThreshold { get; init; } = 10;

    /// <summary>
    /// Whether the radios sit side by side, for two or three short options; false by default.
    /// A select (above <see cref="SelectThreshold"/> options) is never inline.
    /// </summary>
    public bool Inline { get; init; }
}

/// <summary>
/// Any number of options from a list, as checkboxes, with an optional exclusive "none" option.
/// Saved as a JSON array of the chosen values.
/// </summary>
public sealed partial record MultipleChoiceAnswer : AnswerType
{
    /// <summary>The options, in order.</summary>
    public IReadOnlyList<AnswerOption> Options { get; init; } = [];

    /// <summary>An exclusive option ("None of these") shown after an "or" divider; it cannot be chosen with another.</summary>
    public AnswerOption? NoneOption { get; init; }

    /// <summary>The fewest options that must be chosen, when the question is required; 1 by default.</summary>
    public int MinSelections { get; init; } = 1;

    /// <summary>The most options that may be chosen.</summary>
    public int? MaxSelections { get; init; }
}
