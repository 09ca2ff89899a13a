namespace GovDesign.Patterns;

/// <summary>A group of answers on the check answers page, shown as a summary card when it has a title.</summary>
/// <param name="Title">The section's name, such as "Personal details"; null for a plain summary list.</param>
/// <param name="Rows">The answers, in the order the questions were asked.</param>
public sealed record CheckAnswersSection(string? Title, IReadOnlyList<CheckAnswersRow> Rows);

/// <summary>One answer on the check answers page.</summary>
/// <param name="Question">The question, short, as the key ("Date of birth").</param>
/// <param name="Answer">The answer as text; line breaks start new lines. Always encoded.</param>
public sealed record CheckAnswersRow(string Question, string Answer)
{
    /// <summary>The address of the question, to change the answer; no Change link without it.</summary>
    public string? ChangeHref { get; init; }

    /// <summary>Words read out after "Change", hidden on screen, naming the answer ("date of birth"); the question in lower case by default.</summary>
    public string? ChangeVisuallyHiddenText { get; init; }
}
