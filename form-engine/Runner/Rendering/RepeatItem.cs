namespace GovDesign.Forms.Runner.Rendering;

/// <summary>One entry on an "add another" page.</summary>
/// <param name="Label">Its name and number ("Pet 1"), the title of its card.</param>
/// <param name="Answers">Its answers, each under its question's label, in page order.</param>
/// <param name="ChangeHref">Where to change it.</param>
/// <param name="RemoveAction">Where to post to remove it.</param>
public sealed record RepeatItem(string Label, IReadOnlyList<RepeatAnswer> Answers, string ChangeHref, string RemoveAction);

/// <summary>One answer of an entry on an "add another" page.</summary>
/// <param name="Question">The question's label.</param>
/// <param name="Answer">The answer as text; lines are kept.</param>
public sealed record RepeatAnswer(string Question, string Answer);
